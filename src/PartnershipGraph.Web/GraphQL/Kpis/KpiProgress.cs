using System.Linq.Expressions;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>The computed progress of a KPI, from Domain's <see cref="ProgressRagCalculator"/>.</summary>
public static class KpiProgress
{
    /// <summary>The members of a KPI the calculation reads.</summary>
    public static readonly Expression<Func<Kpi, object?>>[] Inputs =
    [
        k => k.Ref,
        k => k.Direction,
        k => k.Unit,
        k => k.Tolerance,
        k => k.Milestones,
        k => k.Actuals,
    ];

    /// <summary>The assessment of the KPI the resolver is on.</summary>
    public static ProgressAssessment Of(IResolverContext context)
    {
        return KpiProgressAssessor.Assess(
            (Kpi)context.Source!,
            context.Today(),
            context.RagOptions()
        );
    }
}
