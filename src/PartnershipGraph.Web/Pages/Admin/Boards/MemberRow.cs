using PartnershipGraph.Domain.Boards;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>A seat on a board as its details list it.</summary>
public sealed record MemberRow(
    Guid Id,
    Guid PersonId,
    string Person,
    MembershipRole Role,
    string? RoleAsWritten
);
