using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>A user as the users list shows them.</summary>
public sealed class UserRow
{
    public Guid Id { get; init; }

    public string Email { get; init; } = "";

    public Role Role { get; init; }

    public string? PersonName { get; init; }

    public Guid? LocalAreaId { get; init; }

    public bool IsDisabled { get; init; }

    public DateTimeOffset? LockoutEnd { get; init; }
}
