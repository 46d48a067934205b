namespace PartnershipGraph.Web.Services.People;

/// <summary>The values an administrator gives a person.</summary>
public sealed record PersonInput(
    Guid LocalAreaId,
    string Name,
    string? JobTitle = null,
    Guid? OrganisationId = null
);
