using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Reports;

/// <summary>Everything the dashboard and the board report show of one plan, as the reader may see it.</summary>
/// <param name="Today">The date overdue and stale were judged on.</param>
/// <param name="StaleDays">How many days without an update made an action stale.</param>
/// <param name="PlanKpis">KPIs that belong to no area.</param>
public sealed record PlanDashboard(
    Guid PlanId,
    string Title,
    string LocalArea,
    string AreaLabel,
    string? BoardName,
    DateOnly Today,
    int StaleDays,
    IReadOnlyList<AreaDashboard> Areas,
    IReadOnlyList<KpiReport> PlanKpis
)
{
    /// <summary>The RAG counts of the whole plan.</summary>
    public RagSummary Rag =>
        new(
            Areas.Sum(a => a.Rag.Met),
            Areas.Sum(a => a.Rag.OnTrack),
            Areas.Sum(a => a.Rag.PartiallyMet),
            Areas.Sum(a => a.Rag.NotOnTrack),
            Areas.Sum(a => a.Rag.NotRated)
        );

    /// <summary>Every overdue action, area by area.</summary>
    public IEnumerable<ActionLine> Overdue => Areas.SelectMany(a => a.Overdue);

    /// <summary>Every stale action, area by area.</summary>
    public IEnumerable<ActionLine> Stale => Areas.SelectMany(a => a.Stale);
}
