using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>Creates, changes, disables and resets the passwords of the admin's users, leaving an audit entry for each change.</summary>
public sealed class AdminUserService(
    UserManager<AdminUser> users,
    PartnershipDbContext db,
    AuditTrail audit,
    TimeProvider time
)
{
    /// <summary>The audit entries' entity type.</summary>
    public const string AuditEntityType = "AdminUser";

    /// <summary>The field a refusal to disable a user concerns.</summary>
    public const string DisabledField = "IsDisabled";

    /// <summary>Every user, by email.</summary>
    public async Task<IReadOnlyList<AdminUser>> ListAsync(CancellationToken cancellationToken) =>
        await db
            .Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .ToListAsync(cancellationToken);

    /// <summary>The user with the id, or null.</summary>
    public Task<AdminUser?> FindAsync(Guid id) => users.FindByIdAsync(id.ToString());

    /// <summary>Creates a user who signs in with <paramref name="email"/> and <paramref name="password"/>.</summary>
    public async Task<UserChangeResult> CreateAsync(
        string email,
        string password,
        AdminUserAccess access,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        email = email.Trim();
        if (!IsEmail(email))
        {
            return UserChangeResult.Refused(
                "Email",
                "Enter an email address like name@example.org."
            );
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return UserChangeResult.Refused(
                "Email",
                "A user with this email address already exists."
            );
        }
        var user = new AdminUser
        {
            UserName = email,
            Email = email,
            CreatedAt = time.GetUtcNow(),
        };
        if (await ApplyAccessAsync(user, access, cancellationToken) is { } refused)
        {
            return refused;
        }
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Refusal(created);
        }
        return await AuditAsync(user, AuditOperations.Created, null, actor, cancellationToken);
    }

    /// <summary>Changes the user's role, person and local area.</summary>
    public async Task<UserChangeResult> UpdateAccessAsync(
        Guid id,
        AdminUserAccess access,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(id) is not { } user)
        {
            return UserChangeResult.Refused("", "The user no longer exists.");
        }
        var before = Snapshot(user);
        if (user.Role == Role.Admin && access.Role != Role.Admin)
        {
            if (IsSelf(user, actor))
            {
                return UserChangeResult.Refused(
                    "Role",
                    "You cannot take away your own Admin role."
                );
            }
            if (await IsLastEnabledAdminAsync(user, cancellationToken))
            {
                return UserChangeResult.Refused(
                    "Role",
                    LastAdminMessage("taking away their Admin role")
                );
            }
        }
        if (await ApplyAccessAsync(user, access, cancellationToken) is { } refused)
        {
            return refused;
        }
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded
            ? await AuditAsync(user, AuditOperations.Updated, before, actor, cancellationToken)
            : Refusal(updated);
    }

    /// <summary>Disables or enables the user; a disabled user cannot sign in and their current sign-in ends.</summary>
    public async Task<UserChangeResult> SetDisabledAsync(
        Guid id,
        bool disabled,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(id) is not { } user)
        {
            return UserChangeResult.Refused("", "The user no longer exists.");
        }
        if (disabled && IsSelf(user, actor))
        {
            return UserChangeResult.Refused(DisabledField, "You cannot disable your own account.");
        }
        if (disabled && await IsLastEnabledAdminAsync(user, cancellationToken))
        {
            return UserChangeResult.Refused(DisabledField, LastAdminMessage("disabling them"));
        }
        var before = Snapshot(user);
        user.IsDisabled = disabled;
        // A new stamp ends the user's current sign-in on their next request.
        var updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded
            ? await AuditAsync(
                user,
                disabled ? "Disabled" : "Enabled",
                before,
                actor,
                cancellationToken
            )
            : Refusal(updated);
    }

    /// <summary>Replaces the user's password, ends their current sign-in and lifts any lockout.</summary>
    public async Task<UserChangeResult> ResetPasswordAsync(
        Guid id,
        string password,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(id) is not { } user)
        {
            return UserChangeResult.Refused("", "The user no longer exists.");
        }
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                return Refusal(valid);
            }
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded
            ? await AuditAsync(user, "PasswordReset", null, actor, cancellationToken)
            : Refusal(updated);
    }

    private async Task<UserChangeResult?> ApplyAccessAsync(
        AdminUser user,
        AdminUserAccess access,
        CancellationToken cancellationToken
    )
    {
        if (AdminUser.FindScopeProblem(access.Role, access.PersonId) is { } problem)
        {
            return UserChangeResult.Refused(
                access.Role == Role.AreaLead ? "PersonId" : "Role",
                problem
            );
        }
        var localAreaId = access.LocalAreaId;
        if (
            localAreaId is { } areaId
            && !await db.LocalAreas.AnyAsync(a => a.Id == areaId, cancellationToken)
        )
        {
            return UserChangeResult.Refused("LocalAreaId", "Choose a local area from the list.");
        }
        if (access.PersonId is { } personId)
        {
            var person = await db
                .People.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
            if (person is null)
            {
                return UserChangeResult.Refused("PersonId", "Choose a person from the list.");
            }
            if (localAreaId is { } requested && requested != person.LocalAreaId)
            {
                return UserChangeResult.Refused(
                    "LocalAreaId",
                    $"{person.Name} works in another local area; an area lead is limited to their own."
                );
            }
            localAreaId = person.LocalAreaId;
        }
        user.Role = access.Role;
        user.PersonId = access.PersonId;
        user.LocalAreaId = localAreaId;
        return null;
    }

    // Someone must always be able to manage users; the command line can still add an administrator.
    private async Task<bool> IsLastEnabledAdminAsync(
        AdminUser user,
        CancellationToken cancellationToken
    ) =>
        user is { Role: Role.Admin, IsDisabled: false }
        && !await db.Users.AnyAsync(
            u => u.Id != user.Id && u.Role == Role.Admin && !u.IsDisabled,
            cancellationToken
        );

    private static string LastAdminMessage(string what) =>
        $"This is the last enabled administrator: make another user an administrator before {what}.";

    private async Task<UserChangeResult> AuditAsync(
        AdminUser user,
        string operation,
        AuditSnapshot? before,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        db.AuditEntries.Add(
            audit.Entry(actor, AuditEntityType, user.Id, operation, before, Snapshot(user))
        );
        await db.SaveChangesAsync(cancellationToken);
        return UserChangeResult.Saved(user);
    }

    // Never the password hash or stamps: only what an administrator chose.
    private static AuditSnapshot Snapshot(AdminUser user) =>
        AuditSnapshot.Of(
            new AuditedUser(user.Email, user.Role, user.PersonId, user.LocalAreaId, user.IsDisabled)
        );

    private static bool IsSelf(AdminUser user, Actor actor) =>
        string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(string email) =>
        email.Length is > 2 and <= 254
        && email.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && at < email.Length - 1
        && !email.Any(char.IsWhiteSpace);

    private static UserChangeResult Refusal(IdentityResult result) =>
        new(null, [.. result.Errors.Select(e => new UserFieldError(FieldOf(e), e.Description))]);

    private static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : error.Code.Contains("Email", StringComparison.Ordinal)
        || error.Code.Contains("UserName", StringComparison.Ordinal)
            ? "Email"
        : "";

    private sealed record AuditedUser(
        string? Email,
        Role Role,
        Guid? PersonId,
        Guid? LocalAreaId,
        bool IsDisabled
    );
}
