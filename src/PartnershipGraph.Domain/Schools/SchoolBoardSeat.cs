using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Schools;

/// <summary>A school's place on a board or group.</summary>
public sealed class SchoolBoardSeat : Entity
{
    /// <summary>The school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>The board.</summary>
    public Guid BoardId { get; set; }

    /// <summary>The school (a navigation, loaded only when queried).</summary>
    public School? School { get; set; }

    /// <summary>The board (a navigation, loaded only when queried).</summary>
    public PartnershipBoard? Board { get; set; }
}
