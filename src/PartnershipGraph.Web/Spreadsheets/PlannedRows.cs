using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An action row checked against what is stored, with what applying it must do.</summary>
internal sealed record PlannedAction(
    int RowNumber,
    ActionSheetRow Row,
    Guid AreaId,
    PlanAction? Existing,
    Rag Rag,
    bool DetailsChanged,
    bool StatusChanged,
    IReadOnlyList<string> NamesToAdd,
    IReadOnlyList<ActionResponsible> ResponsiblesToRemove
);

/// <summary>A scorecard row checked against what is stored, with what applying it must do.</summary>
internal sealed record PlannedKpi(
    int RowNumber,
    ScorecardSheetRow Row,
    Guid? AreaId,
    Kpi? Existing,
    KpiDirection Direction,
    bool DetailsChanged,
    IReadOnlyList<PlannedMilestone> Milestones
);

/// <summary>A milestone group checked against the stored milestone at the same position.</summary>
internal sealed record PlannedMilestone(
    MilestoneCells Cells,
    KpiMilestone? Existing,
    bool DetailsChanged,
    bool ActualChanged,
    DateOnly? ActualAsOf
);
