namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>A board as the index lists it.</summary>
public sealed class BoardRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public string? ReportsTo { get; init; }

    public string? MeetingCadence { get; init; }

    public int Members { get; init; }

    public bool IsReplaced { get; init; }
}
