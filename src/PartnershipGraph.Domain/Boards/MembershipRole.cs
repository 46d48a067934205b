namespace PartnershipGraph.Domain.Boards;

/// <summary>The part a person plays on a board.</summary>
public enum MembershipRole
{
    /// <summary>Chairs the board.</summary>
    Chair,

    /// <summary>A voting or full member.</summary>
    Member,

    /// <summary>Advises the board.</summary>
    Adviser,

    /// <summary>Attends without membership.</summary>
    Attendee,
}
