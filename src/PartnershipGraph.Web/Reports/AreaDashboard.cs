using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Reports;

/// <summary>One plan area on the dashboard and in the board report.</summary>
/// <param name="OffTrack">Actions rated not on track or partially met, with their latest narrative.</param>
/// <param name="Overdue">Actions past their due date and not met.</param>
/// <param name="Stale">Actions not met and not updated within the stale period.</param>
public sealed record AreaDashboard(
    Guid Id,
    int Number,
    string Title,
    PlanAreaStatus Status,
    RagSummary Rag,
    IReadOnlyList<ActionLine> OffTrack,
    IReadOnlyList<ActionLine> Overdue,
    IReadOnlyList<ActionLine> Stale,
    IReadOnlyList<KpiReport> Kpis
)
{
    /// <summary>"1. Strategy and governance".</summary>
    public string Heading => $"{Number}. {Title}";
}
