namespace PartnershipGraph.Web.Services.Actions;

/// <summary>The values an administrator or area lead gives an action; the due date as written, e.g. "May 22". The RAG changes only through status updates.</summary>
public sealed record ActionInput(
    Guid PlanAreaId,
    string Ref,
    string Description,
    string? Title = null,
    Guid? ParentActionId = null,
    string? DueDate = null,
    Guid? LeadOrganisationId = null,
    string? KpiText = null,
    string? Notes = null
);
