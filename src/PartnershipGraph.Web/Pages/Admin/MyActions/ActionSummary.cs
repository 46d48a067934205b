using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>What the update form shows about the action being updated.</summary>
public sealed record ActionSummary(
    Guid Id,
    string Ref,
    string? Title,
    string Description,
    string PlanTitle,
    int AreaNumber,
    string AreaTitle,
    Guid PlanAreaId,
    Guid LocalAreaId,
    Rag CurrentRag,
    PartialDate? DueDate,
    int Version
);
