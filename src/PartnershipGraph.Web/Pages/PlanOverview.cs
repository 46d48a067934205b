namespace PartnershipGraph.Web.Pages;

/// <summary>A plan as the start page shows it.</summary>
public sealed record PlanOverview(
    string Title,
    string LocalArea,
    string AreaLabel,
    IReadOnlyList<PlanAreaOverview> Areas
);
