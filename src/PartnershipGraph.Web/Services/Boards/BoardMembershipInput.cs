using PartnershipGraph.Domain.Boards;

namespace PartnershipGraph.Web.Services.Boards;

/// <summary>The values an administrator gives a person's seat on a board.</summary>
public sealed record BoardMembershipInput(
    Guid BoardId,
    Guid PersonId,
    MembershipRole Role = MembershipRole.Member,
    string? RoleAsWritten = null
);
