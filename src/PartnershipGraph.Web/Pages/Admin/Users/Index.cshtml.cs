using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>The users of the admin with their role, scope and status: search by email or name, sort and page.</summary>
public sealed class IndexModel(
    PartnershipDbContext db,
    IDbContextFactory<PartnershipDbContext> contexts,
    TimeProvider time
) : PageModel
{
    private static readonly ListDefinition<UserRow> Definition = new ListDefinition<UserRow>(r =>
        r.Id
    )
        .SearchIn("Email or the name of the person they act for", r => r.Email, r => r.PersonName)
        .SortBy("email", r => r.Email)
        .SortBy("role", r => r.Role);

    public ListPage<UserRow> List { get; private set; } = null!;

    public UserFormOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery list, CancellationToken cancellationToken)
    {
        var rows = db
            .Users.AsNoTracking()
            .Select(u => new UserRow
            {
                Id = u.Id,
                Email = u.Email ?? "",
                Role = u.Role,
                PersonName = db
                    .People.Where(p => p.Id == u.PersonId)
                    .Select(p => p.Name)
                    .FirstOrDefault(),
                LocalAreaId = u.LocalAreaId,
                IsDisabled = u.IsDisabled,
                LockoutEnd = u.LockoutEnd,
            });
        List = await Definition.ToPageAsync(rows, list, [], cancellationToken);
        Options = await UserFormOptions.LoadAsync(contexts, cancellationToken);
    }

    /// <summary>The user's status in words.</summary>
    public string Status(UserRow user) =>
        user.IsDisabled ? "Disabled"
        : user.LockoutEnd is { } end && end > time.GetUtcNow() ? $"Locked until {end:HH:mm} UTC"
        : "Active";
}
