using Microsoft.AspNetCore.Identity;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Data.Identity;

/// <summary>A person who signs in to the admin: their sign-in name is their email, and their role and scope decide what they may do.</summary>
public sealed class AdminUser : IdentityUser<Guid>
{
    /// <summary>Creates a user with a new time-ordered id.</summary>
    public AdminUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>What the user may do.</summary>
    public Role Role { get; set; }

    /// <summary>The person an <see cref="Role.AreaLead"/> acts for; null for other roles.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The local area the user is limited to; null for every local area.</summary>
    public Guid? LocalAreaId { get; set; }

    /// <summary>True when the user may no longer sign in; their existing sign-in stops working too.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>When the user was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Explains why a user may not have this role and person; null when they may.</summary>
    public static string? FindScopeProblem(Role role, Guid? personId) =>
        role switch
        {
            Role.Anonymous => "A user cannot have the Anonymous role.",
            Role.AreaLead when personId is null =>
                "An area lead must be linked to the person they act for.",
            not Role.AreaLead when personId is not null =>
                $"Only an area lead is linked to a person; a {role} user is not.",
            _ => null,
        };
}
