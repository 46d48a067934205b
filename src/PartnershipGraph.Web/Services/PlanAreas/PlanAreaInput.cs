namespace PartnershipGraph.Web.Services.PlanAreas;

/// <summary>The values an administrator gives a plan area; its status changes only by stepping it down.</summary>
public sealed record PlanAreaInput(
    Guid PlanId,
    int Number,
    string Title,
    string? WeaknessStatement = null,
    string? EndOutcome = null
);
