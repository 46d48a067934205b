using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Pages;

/// <summary>The start page: every plan with its areas and how many of each area's actions stand at each RAG.</summary>
public sealed class IndexModel(PartnershipDbContext db) : PageModel
{
    /// <summary>The plans, by local area and title.</summary>
    public IReadOnlyList<PlanOverview> Plans { get; private set; } = [];

    /// <summary>Reads plans, areas and RAG counts in three queries.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var plans = await db
            .Plans.Join(
                db.LocalAreas,
                p => p.LocalAreaId,
                a => a.Id,
                (p, a) =>
                    new
                    {
                        p.Id,
                        p.Title,
                        p.AreaLabel,
                        Area = a.Name,
                    }
            )
            .OrderBy(p => p.Area)
            .ThenBy(p => p.Title)
            .ToListAsync(cancellationToken);
        var areas = await db
            .PlanAreas.OrderBy(a => a.Number)
            .Select(a => new
            {
                a.Id,
                a.PlanId,
                a.Number,
                a.Title,
            })
            .ToListAsync(cancellationToken);
        var counts = await db
            .Actions.GroupBy(a => new { a.PlanAreaId, a.CurrentRag })
            .Select(g => new
            {
                g.Key.PlanAreaId,
                g.Key.CurrentRag,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);

        var countsByArea = counts
            .GroupBy(c => c.PlanAreaId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.CurrentRag, c => c.Count));
        Plans =
        [
            .. plans.Select(p => new PlanOverview(
                p.Title,
                p.Area,
                p.AreaLabel,
                [
                    .. areas
                        .Where(a => a.PlanId == p.Id)
                        .Select(a => new PlanAreaOverview(
                            a.Number,
                            a.Title,
                            countsByArea.GetValueOrDefault(a.Id) ?? []
                        )),
                ]
            )),
        ];
    }
}
