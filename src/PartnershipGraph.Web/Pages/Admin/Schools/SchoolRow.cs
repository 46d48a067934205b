using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>A school as its index lists it.</summary>
public sealed class SchoolRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? Urn { get; init; }

    public SchoolPhase Phase { get; init; }

    public SchoolType Type { get; init; }

    public string? Trust { get; init; }

    public string? Locality { get; init; }
}
