namespace PartnershipGraph.Web.Pages.Admin.People;

/// <summary>A person as the index lists them.</summary>
public sealed class PersonRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? JobTitle { get; init; }

    public string? Organisation { get; init; }
}
