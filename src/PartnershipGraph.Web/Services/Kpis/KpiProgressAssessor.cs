using Microsoft.Extensions.Options;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>Computes a KPI's progress RAG the same way for the API and the admin: today's date from the clock, the configured tolerance.</summary>
public sealed class KpiProgressAssessor(TimeProvider time, IOptions<ProgressRagOptions> options)
{
    /// <summary>Today's date in UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The assessment of a KPI whose milestones and actuals are loaded.</summary>
    public ProgressAssessment Assess(Kpi kpi) => Assess(kpi, Today, options.Value);

    /// <summary>The assessment of a KPI whose milestones and actuals are loaded, on <paramref name="today"/>.</summary>
    public static ProgressAssessment Assess(Kpi kpi, DateOnly today, ProgressRagOptions options)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return ProgressRagCalculator.Compute(kpi, kpi.Milestones, kpi.Actuals, today, options);
    }
}
