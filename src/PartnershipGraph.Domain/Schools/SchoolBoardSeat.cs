using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Schools;

/// <summary>A school's place on a board or group.</summary>
public sealed class SchoolBoardSeat : Entity
{
    /// <summary>The school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>The board.</summary>
    public Guid BoardId { get; set; }
}
