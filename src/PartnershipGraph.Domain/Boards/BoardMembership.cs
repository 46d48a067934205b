using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Domain.Boards;

/// <summary>A person's seat on a board.</summary>
public sealed class BoardMembership : Entity
{
    /// <summary>The board.</summary>
    public Guid BoardId { get; set; }

    /// <summary>The person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The part they play.</summary>
    public MembershipRole Role { get; set; }

    /// <summary>The role as the papers describe it, e.g. "Chief Executive of the ICB".</summary>
    public string? RoleAsWritten { get; set; }

    /// <summary>The board (a navigation, loaded only when queried).</summary>
    public PartnershipBoard? Board { get; set; }

    /// <summary>The member (a navigation, loaded only when queried).</summary>
    public Person? Person { get; set; }
}
