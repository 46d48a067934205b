namespace PartnershipGraph.Web.Services.Boards;

/// <summary>The values an administrator gives a board.</summary>
public sealed record BoardInput(
    Guid LocalAreaId,
    string Name,
    string? ShortName = null,
    string? Purpose = null,
    string? MeetingCadence = null,
    Guid? ParentBoardId = null,
    Guid? ReplacedByBoardId = null,
    string? Notes = null
);
