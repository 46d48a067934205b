using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Web.Services.Schools;

/// <summary>The values an administrator gives a school.</summary>
public sealed record SchoolInput(
    Guid LocalAreaId,
    string Name,
    string? Urn = null,
    SchoolPhase Phase = SchoolPhase.Unknown,
    SchoolType Type = SchoolType.Unknown,
    Guid? TrustOrganisationId = null,
    string? Locality = null,
    string? Notes = null
);
