using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>A plan with everything its spreadsheet shows, read untracked in one go.</summary>
internal sealed class PlanSnapshot
{
    private PlanSnapshot(ImprovementPlan plan) => Plan = plan;

    public ImprovementPlan Plan { get; }

    public List<PlanArea> Areas { get; private init; } = [];

    /// <summary>The actions in the table's order, with their responsibles loaded.</summary>
    public List<PlanAction> Actions { get; private init; } = [];

    /// <summary>Each action's latest progress update.</summary>
    public Dictionary<Guid, ActionUpdate> LatestUpdates { get; private init; } = [];

    /// <summary>The KPIs in the scorecard's order, with their milestones loaded.</summary>
    public List<Kpi> Kpis { get; private init; } = [];

    /// <summary>Each milestone's latest actual.</summary>
    public Dictionary<Guid, KpiActual> LatestActuals { get; private init; } = [];

    /// <summary>The people of the plan's local area.</summary>
    public List<Person> People { get; private init; } = [];

    public int AreaNumber(Guid? areaId) => Areas.FirstOrDefault(a => a.Id == areaId)?.Number ?? 0;

    public static async Task<PlanSnapshot?> LoadAsync(
        PartnershipDbContext db,
        Guid planId,
        CancellationToken ct
    )
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }
        var areas = await db
            .PlanAreas.AsNoTracking()
            .Where(a => a.PlanId == planId)
            .ToListAsync(ct);
        var areaIds = areas.Select(a => a.Id).ToList();
        var actions = await db
            .Actions.AsNoTracking()
            .Include(a => a.Responsibles)
            .Where(a => areaIds.Contains(a.PlanAreaId))
            .ToListAsync(ct);
        var actionIds = actions.Select(a => a.Id).ToList();
        var updates = await db
            .ActionUpdates.AsNoTracking()
            .Where(u => actionIds.Contains(u.ActionId))
            .ToListAsync(ct);
        var kpis = await db
            .Kpis.AsNoTracking()
            .Include(k => k.Milestones)
            .Where(k => k.PlanId == planId)
            .ToListAsync(ct);
        var kpiIds = kpis.Select(k => k.Id).ToList();
        var actuals = await db
            .KpiActuals.AsNoTracking()
            .Where(a => kpiIds.Contains(a.KpiId) && a.MilestoneId != null)
            .ToListAsync(ct);
        var people = await db
            .People.AsNoTracking()
            .Where(p => p.LocalAreaId == plan.LocalAreaId)
            .ToListAsync(ct);
        var numbers = areas.ToDictionary(a => a.Id, a => a.Number);
        foreach (var action in actions)
        {
            action.Responsibles.Sort((x, y) => x.Id.CompareTo(y.Id));
        }
        foreach (var kpi in kpis)
        {
            kpi.Milestones.Sort((x, y) => (x.Sequence, x.Id).CompareTo((y.Sequence, y.Id)));
        }
        return new PlanSnapshot(plan)
        {
            Areas = [.. areas.OrderBy(a => a.Number)],
            Actions =
            [
                .. actions
                    .OrderBy(a => numbers[a.PlanAreaId])
                    .ThenBy(a => a.Ref, RefOrder.Instance)
                    .ThenBy(a => a.Id),
            ],
            LatestUpdates = Latest(updates, u => u.ActionId, u => (u.RecordedAt, u.Id)),
            Kpis =
            [
                .. kpis.OrderBy(k =>
                        k.PlanAreaId is { } id
                            ? numbers.GetValueOrDefault(id, int.MaxValue)
                            : int.MaxValue
                    )
                    .ThenBy(k => k.Ref, RefOrder.Instance)
                    .ThenBy(k => k.Id),
            ],
            LatestActuals = Latest(actuals, a => a.MilestoneId!.Value, a => (a.RecordedAt, a.Id)),
            People = people,
        };
    }

    private static Dictionary<Guid, T> Latest<T>(
        IEnumerable<T> rows,
        Func<T, Guid> key,
        Func<T, (DateTimeOffset, Guid)> order
    ) => rows.GroupBy(key).ToDictionary(g => g.Key, g => g.MaxBy(order)!);
}
