using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>Every user of the admin with their role, scope and status.</summary>
public sealed class IndexModel(
    AdminUserService users,
    IDbContextFactory<PartnershipDbContext> contexts,
    TimeProvider time
) : PageModel
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public UserFormOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await users.ListAsync(cancellationToken);
        Options = await UserFormOptions.LoadAsync(contexts, cancellationToken);
    }

    /// <summary>The user's status in words.</summary>
    public string Status(AdminUser user) =>
        user.IsDisabled ? "Disabled"
        : user.LockoutEnd is { } end && end > time.GetUtcNow() ? $"Locked until {end:HH:mm} UTC"
        : "Active";
}
