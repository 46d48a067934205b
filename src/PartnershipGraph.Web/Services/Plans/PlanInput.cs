using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Services.Plans;

/// <summary>The values an administrator gives an improvement plan; the trigger date as written, e.g. "May 22".</summary>
public sealed record PlanInput(
    Guid LocalAreaId,
    string Title,
    PlanKind Kind,
    string? TriggerType = null,
    string? TriggerDescription = null,
    string? TriggerDate = null,
    Guid? MonitoringBoardId = null,
    string AreaLabel = "Area of serious weakness",
    bool IsPublished = false
);
