namespace PartnershipGraph.Web.Services.Actions;

/// <summary>A person or group responsible for an action; a responsible person who is an area lead may then update it.</summary>
public sealed record ActionResponsibleInput(
    Guid ActionId,
    string NameAsWritten,
    Guid? PersonId = null,
    bool IsGroup = false
);
