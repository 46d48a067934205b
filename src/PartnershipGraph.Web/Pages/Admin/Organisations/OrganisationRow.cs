using PartnershipGraph.Domain.Organisations;

namespace PartnershipGraph.Web.Pages.Admin.Organisations;

/// <summary>An organisation as its index lists it.</summary>
public sealed class OrganisationRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public OrganisationKind Kind { get; init; }

    public int People { get; init; }
}
