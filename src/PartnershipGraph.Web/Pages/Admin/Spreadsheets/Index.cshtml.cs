using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Spreadsheets;

/// <summary>The plans the user may read, each with its spreadsheet downloads and an import link.</summary>
public sealed class IndexModel(
    IDbContextFactory<PartnershipDbContext> contexts,
    IActorAccessor actors
) : PageModel
{
    /// <summary>The readable plans, by title.</summary>
    public IReadOnlyList<(Guid Id, string Title)> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var plans = await db
            .Plans.Where(AccessRules.ReadablePlans(actors.Actor))
            .OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title })
            .ToListAsync(ct);
        Plans = [.. plans.Select(p => (p.Id, p.Title))];
    }
}
