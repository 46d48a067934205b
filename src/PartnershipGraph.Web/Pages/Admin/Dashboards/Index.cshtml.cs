using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Pages.Admin.Dashboards;

/// <summary>The plans the signed-in user may read, each with a link to its dashboard and its board report.</summary>
public sealed class IndexModel(PartnershipDbContext db, IActorAccessor actors) : PageModel
{
    /// <summary>The readable plans, by local area and title.</summary>
    public IReadOnlyList<PlanLink> Plans { get; private set; } = [];

    /// <summary>Reads the plans in one query.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var plans = await db
            .Plans.Where(ReadAccess.Plans(actors.Actor))
            .Join(
                db.LocalAreas,
                p => p.LocalAreaId,
                a => a.Id,
                (p, a) =>
                    new
                    {
                        p.Id,
                        p.Title,
                        LocalArea = a.Name,
                    }
            )
            .OrderBy(p => p.LocalArea)
            .ThenBy(p => p.Title)
            .ToListAsync(cancellationToken);
        Plans = [.. plans.Select(p => new PlanLink(p.Id, p.Title, p.LocalArea))];
    }

    /// <summary>A plan to link to.</summary>
    public sealed record PlanLink(Guid Id, string Title, string LocalArea);
}
