using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Reads what the status update form shows: the action, its KPIs' computed progress and its update history.</summary>
public static class ActionStatusReader
{
    /// <summary>The action, when it exists and the actor may read its plan.</summary>
    public static async Task<ActionSummary?> FindAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid id,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await (
            from action in db.Actions.AsNoTracking()
            join area in db.PlanAreas on action.PlanAreaId equals area.Id
            join plan in db.Plans on area.PlanId equals plan.Id
            where action.Id == id
            select new
            {
                action,
                area,
                plan,
            }
        ).SingleOrDefaultAsync(ct);
        if (row is null || !AccessRules.CanRead(actor, row.plan))
        {
            return null;
        }
        var a = row.action;
        return new ActionSummary(
            a.Id,
            a.Ref,
            a.Title,
            a.Description,
            row.plan.Title,
            row.area.Number,
            row.area.Title,
            a.PlanAreaId,
            row.plan.LocalAreaId,
            a.CurrentRag,
            a.DueDate,
            a.Version
        );
    }

    /// <summary>The KPIs measuring the action, by reference, each with its computed progress.</summary>
    public static async Task<IReadOnlyList<KpiProgressRow>> KpisAsync(
        PartnershipDbContext db,
        KpiProgressAssessor assessor,
        Guid actionId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assessor);
        var kpis = await db
            .Kpis.AsNoTracking()
            .Where(k => k.ActionId == actionId)
            .Include(k => k.Milestones)
            .Include(k => k.Actuals)
            .AsSplitQuery()
            .ToListAsync(ct);
        return
        [
            .. kpis.OrderBy(k => k.Ref, RefComparer.Instance)
                .Select(k => new KpiProgressRow(k.Id, k.Ref, k.Description, assessor.Assess(k))),
        ];
    }

    /// <summary>The action's progress updates, newest first.</summary>
    public static async Task<IReadOnlyList<ActionUpdate>> HistoryAsync(
        PartnershipDbContext db,
        Guid actionId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db
            .ActionUpdates.AsNoTracking()
            .Where(u => u.ActionId == actionId)
            .OrderByDescending(u => u.RecordedAt)
            .ToListAsync(ct);
    }
}
