using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Domain.Boards;

/// <summary>A board or group that governs or monitors the partnership's work.</summary>
public sealed class PartnershipBoard : Entity
{
    /// <summary>The local area the board serves.</summary>
    public Guid LocalAreaId { get; set; }

    /// <summary>The board's name.</summary>
    public required string Name { get; set; }

    /// <summary>The abbreviation the papers use, e.g. "SIB".</summary>
    public string? ShortName { get; set; }

    /// <summary>What the board is for.</summary>
    public string? Purpose { get; set; }

    /// <summary>How often it meets, as written ("monthly").</summary>
    public string? MeetingCadence { get; set; }

    /// <summary>The board this one reports to.</summary>
    public Guid? ParentBoardId { get; set; }

    /// <summary>The board that replaced this one; a replaced board is kept for history.</summary>
    public Guid? ReplacedByBoardId { get; set; }

    /// <summary>Names the board had before, oldest first, separated by new lines.</summary>
    public string? FormerNames { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The board this one reports to (a navigation, loaded only when queried).</summary>
    public PartnershipBoard? ParentBoard { get; set; }

    /// <summary>The boards reporting to this one (a navigation, loaded only when queried).</summary>
    public List<PartnershipBoard> ChildBoards { get; set; } = [];

    /// <summary>The board's members (a navigation, loaded only when queried).</summary>
    public List<BoardMembership> Memberships { get; set; } = [];

    /// <summary>The plans the board monitors (a navigation, loaded only when queried).</summary>
    public List<ImprovementPlan> MonitoredPlans { get; set; } = [];

    /// <summary>The schools sitting on the board (a navigation, loaded only when queried).</summary>
    public List<SchoolBoardSeat> SchoolSeats { get; set; } = [];
}
