using PartnershipGraph.Domain.Organisations;

namespace PartnershipGraph.Web.Services.Organisations;

/// <summary>The values an administrator gives an organisation.</summary>
public sealed record OrganisationInput(
    Guid LocalAreaId,
    string Name,
    OrganisationKind Kind,
    string? ShortName = null,
    string? Notes = null
);
