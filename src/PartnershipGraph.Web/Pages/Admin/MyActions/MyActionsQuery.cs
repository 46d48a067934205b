using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Reads the actions an actor updates: for an area lead those of the areas they lead and those they are responsible for; for an administrator every action in scope.</summary>
public static class MyActionsQuery
{
    /// <summary>The actions in plan, area and reference order, each with its latest update, in one query.</summary>
    public static async Task<IReadOnlyList<MyActionRow>> ReadAsync(
        PartnershipDbContext db,
        Actor actor,
        MyActionsFilter filter,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var actions = db.Actions.AsNoTracking();
        if (actor.Role == Role.AreaLead)
        {
            if (actor.PersonId is not { } personId)
            {
                return [];
            }
            actions = actions.Where(a =>
                db.PlanAreaLeads.Any(l => l.PlanAreaId == a.PlanAreaId && l.PersonId == personId)
                || db.ActionResponsibles.Any(r => r.ActionId == a.Id && r.PersonId == personId)
            );
        }
        else if (actor.Role != Role.Admin)
        {
            return [];
        }
        actions = Filter(actions, filter);
        var localAreaId = actor.LocalAreaId;
        var rows = await (
            from action in actions
            join area in db.PlanAreas on action.PlanAreaId equals area.Id
            join plan in db.Plans on area.PlanId equals plan.Id
            where localAreaId == null || plan.LocalAreaId == localAreaId
            where filter.PlanId == null || plan.Id == filter.PlanId
            select new
            {
                action.Id,
                action.Ref,
                Title = action.Title ?? action.Description,
                PlanTitle = plan.Title,
                AreaNumber = area.Number,
                AreaTitle = area.Title,
                action.CurrentRag,
                action.DueDate,
                Last = db
                    .ActionUpdates.Where(u => u.ActionId == action.Id)
                    .OrderByDescending(u => u.RecordedAt)
                    .Select(u => new { u.RecordedAt, u.Narrative })
                    .FirstOrDefault(),
            }
        ).ToListAsync(ct);
        return
        [
            .. rows.Select(r => new MyActionRow(
                    r.Id,
                    r.Ref,
                    r.Title,
                    r.PlanTitle,
                    r.AreaNumber,
                    r.AreaTitle,
                    r.CurrentRag,
                    r.DueDate,
                    r.Last?.RecordedAt,
                    r.Last?.Narrative
                ))
                .OrderBy(r => r.PlanTitle, StringComparer.Ordinal)
                .ThenBy(r => r.AreaNumber)
                .ThenBy(r => r.Ref, RefComparer.Instance),
        ];
    }

    private static IQueryable<PlanAction> Filter(
        IQueryable<PlanAction> actions,
        MyActionsFilter filter
    )
    {
        if (filter.Rag is { } rag)
        {
            actions = actions.Where(a => a.CurrentRag == rag);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            actions = actions.Where(a =>
                a.Ref.Contains(text)
                || a.Description.Contains(text)
                || (a.Title != null && a.Title.Contains(text))
            );
        }
        return actions;
    }
}
