using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Pages.Admin.MyActions;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>The choices of the action form's select lists, within the actor's local area.</summary>
public sealed record ActionFormOptions(
    IReadOnlyList<ListOption> PlanAreas,
    IReadOnlyList<ListOption> Actions,
    IReadOnlyList<ListOption> Organisations
)
{
    /// <summary>Plan areas, actions and organisations the actor can see, in reading order.</summary>
    public static async Task<ActionFormOptions> ReadAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var scope = actor.LocalAreaId;
        var areas = await (
            from area in db.PlanAreas
            join plan in db.Plans on area.PlanId equals plan.Id
            where scope == null || plan.LocalAreaId == scope
            orderby plan.Title, area.Number
            select new { area.Id, Text = plan.Title + " · " + area.Number + ". " + area.Title }
        ).ToListAsync(ct);
        var actions = await (
            from action in db.Actions
            join area in db.PlanAreas on action.PlanAreaId equals area.Id
            join plan in db.Plans on area.PlanId equals plan.Id
            where scope == null || plan.LocalAreaId == scope
            select new
            {
                action.Id,
                plan.Title,
                action.Ref,
                Name = action.Title ?? action.Description,
            }
        ).ToListAsync(ct);
        var organisations = await db
            .Organisations.Where(o => scope == null || o.LocalAreaId == scope)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        return new(
            [.. areas.Select(a => new ListOption(a.Id.ToString(), a.Text))],
            [
                .. actions
                    .OrderBy(a => a.Title, StringComparer.Ordinal)
                    .ThenBy(a => a.Ref, RefComparer.Instance)
                    .Select(a => new ListOption(
                        a.Id.ToString(),
                        $"{a.Ref} {TextPreview.FirstWords(a.Name, 10)} ({a.Title})"
                    )),
            ],
            [.. organisations.Select(o => new ListOption(o.Id.ToString(), o.Name))]
        );
    }
}
