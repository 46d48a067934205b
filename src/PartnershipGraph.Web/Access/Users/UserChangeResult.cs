using PartnershipGraph.Data.Identity;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>The user as changed, or why the change was refused.</summary>
public sealed record UserChangeResult(AdminUser? User, IReadOnlyList<UserFieldError> Errors)
{
    /// <summary>True when the change was saved.</summary>
    public bool Succeeded => Errors.Count == 0;

    public static UserChangeResult Saved(AdminUser user) => new(user, []);

    public static UserChangeResult Refused(string field, string message) =>
        new(null, [new UserFieldError(field, message)]);
}
