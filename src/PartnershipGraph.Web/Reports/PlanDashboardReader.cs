using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.GraphQL.Kpis;

namespace PartnershipGraph.Web.Reports;

/// <summary>Reads one plan's dashboard under the API's read rules, in a fixed number of queries whatever the plan's size.</summary>
public sealed class PlanDashboardReader(
    PartnershipDbContext db,
    TimeProvider time,
    IOptions<ProgressRagOptions> ragOptions,
    IOptions<StaleActionsOptions> staleOptions
)
{
    /// <summary>The dashboard, or null when the plan does not exist or the actor may not read it.</summary>
    public async Task<PlanDashboard?> ReadAsync(Guid planId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var plan = await db
            .Plans.AsNoTracking()
            .Where(ReadAccess.Plans(actor))
            .Where(p => p.Id == planId)
            .Select(p => new
            {
                p.Title,
                p.AreaLabel,
                LocalArea = db
                    .LocalAreas.Where(l => l.Id == p.LocalAreaId)
                    .Select(l => l.Name)
                    .FirstOrDefault(),
                Board = p.MonitoringBoard!.Name,
            })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var staleDays = staleOptions.Value.DefaultDays;
        var areas = await db
            .PlanAreas.AsNoTracking()
            .Where(ReadAccess.PlanAreas(actor))
            .Where(a => a.PlanId == planId)
            .OrderBy(a => a.Number)
            .ToListAsync(ct);
        var actions = await ReadActionsAsync(planId, actor, ct);
        var planActions = db
            .Actions.Where(ReadAccess.Actions(actor))
            .Where(a => a.Area!.PlanId == planId);
        var overdue = await planActions
            .Where(ActionReports.Overdue(today))
            .Select(a => a.Id)
            .ToHashSetAsync(ct);
        var stale = await planActions
            .Where(ActionReports.Stale(today, staleDays))
            .Select(a => a.Id)
            .ToHashSetAsync(ct);
        var kpis = await ReadKpisAsync(planId, actor, today, ct);

        return new PlanDashboard(
            planId,
            plan.Title,
            plan.LocalArea ?? string.Empty,
            plan.AreaLabel,
            plan.Board,
            today,
            staleDays,
            [
                .. areas.Select(area =>
                {
                    var own = actions.Where(a => a.PlanAreaId == area.Id).ToList();
                    return new AreaDashboard(
                        area.Id,
                        area.Number,
                        area.Title,
                        area.Status,
                        RagSummary.Of(own.Select(a => (a.Rag, 1))),
                        [.. own.Where(a => ActionReports.OffTrackRags.Contains(a.Rag))],
                        [.. own.Where(a => overdue.Contains(a.Id))],
                        [.. own.Where(a => stale.Contains(a.Id))],
                        [.. kpis.Where(k => k.AreaId == area.Id).Select(k => k.Report)]
                    );
                }),
            ],
            [.. kpis.Where(k => areas.All(a => a.Id != k.AreaId)).Select(k => k.Report)]
        );
    }

    private async Task<List<ActionLine>> ReadActionsAsync(
        Guid planId,
        Actor actor,
        CancellationToken ct
    )
    {
        var rows = await db
            .Actions.Where(ReadAccess.Actions(actor))
            .Where(a => a.Area!.PlanId == planId)
            .Select(a => new
            {
                a.Id,
                a.PlanAreaId,
                a.Ref,
                a.Title,
                a.Description,
                a.DueDate,
                a.CurrentRag,
                Latest = a
                    .Updates.OrderByDescending(u => u.RecordedAt)
                    .Select(u => new { u.RecordedAt, u.Narrative })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        return
        [
            .. rows.OrderBy(r => RefOrder.Key(r.Ref), StringComparer.Ordinal)
                .Select(r => new ActionLine(
                    r.Id,
                    r.PlanAreaId,
                    r.Ref,
                    string.IsNullOrWhiteSpace(r.Title) ? r.Description : r.Title,
                    r.DueDate?.Display,
                    r.CurrentRag,
                    r.Latest?.RecordedAt,
                    r.Latest?.Narrative
                )),
        ];
    }

    private async Task<List<(Guid? AreaId, KpiReport Report)>> ReadKpisAsync(
        Guid planId,
        Actor actor,
        DateOnly today,
        CancellationToken ct
    )
    {
        var kpis = await db
            .Kpis.AsNoTracking()
            .Where(ReadAccess.Kpis(actor))
            .Where(k =>
                k.PlanId == planId
                && (k.RowType == KpiRowType.Kpi || k.RowType == KpiRowType.SubMeasure)
            )
            .Include(k => k.Milestones)
            .Include(k => k.Actuals)
            .Include(k => k.Action)
            .AsSplitQuery()
            .ToListAsync(ct);
        return
        [
            .. kpis.OrderBy(k => RefOrder.Key(k.Ref), StringComparer.Ordinal)
                .Select(k =>
                    (
                        k.PlanAreaId ?? k.Action?.PlanAreaId,
                        new KpiReport(
                            k.Id,
                            k.Ref,
                            k.Description,
                            k.Direction,
                            ProgressRagCalculator.Compute(
                                k,
                                k.Milestones,
                                k.Actuals,
                                today,
                                ragOptions.Value
                            ),
                            TrajectoryPoint.Of(k),
                            KpiChartData.For(k)
                        )
                    )
                ),
        ];
    }
}
