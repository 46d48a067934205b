using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Spreadsheets;

internal sealed partial class ImportApplier
{
    private const string Scorecard = PlanSheetLayout.ScorecardSheet;

    private async Task<bool> ApplyAsync(PlannedKpi row, CancellationToken ct)
    {
        var kpi = row.Existing;
        if (kpi is null)
        {
            var created = await _kpis.CreateAsync(actor, Input(row, null), ct);
            if (!Check(created, Scorecard, row.RowNumber, null, k => k))
            {
                return false;
            }
            kpi = created.Value!;
        }
        else if (row.DetailsChanged)
        {
            var updated = await _kpis.UpdateAsync(
                actor,
                kpi.Id,
                Input(row, kpi),
                VersionOf(kpi),
                ct
            );
            if (!Check(updated, Scorecard, row.RowNumber, null, k => k))
            {
                return false;
            }
        }
        var sequence = kpi.Milestones.Select(m => m.Sequence).DefaultIfEmpty(0).Max();
        for (var i = 0; i < row.Milestones.Count; i++)
        {
            if (!await ApplyAsync(row, i, kpi, ++sequence, ct))
            {
                return false;
            }
        }
        return true;
    }

    private async Task<bool> ApplyAsync(
        PlannedKpi row,
        int index,
        Kpi kpi,
        int sequence,
        CancellationToken ct
    )
    {
        var planned = row.Milestones[index];
        var column = PlanSheetLayout.MilestoneColumn(index + 1, "");
        var milestone = planned.Existing;
        if (milestone is null)
        {
            var created = await _milestones.CreateAsync(
                actor,
                Input(planned, kpi.Id, sequence, null),
                ct
            );
            if (!Check(created, Scorecard, row.RowNumber, column, m => m))
            {
                return false;
            }
            milestone = created.Value!;
        }
        else if (planned.DetailsChanged)
        {
            var updated = await _milestones.UpdateAsync(
                actor,
                milestone.Id,
                Input(planned, kpi.Id, milestone.Sequence, milestone),
                VersionOf(milestone),
                ct
            );
            if (!Check(updated, Scorecard, row.RowNumber, column, m => m))
            {
                return false;
            }
        }
        if (!planned.ActualChanged)
        {
            return true;
        }
        var actual = planned.Cells.Actual;
        var value = CellText.ParseNumber(actual);
        var asOf =
            planned.ActualAsOf ?? DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var recorded = await _kpis.RecordActualAsync(
            actor,
            kpi.Id,
            milestone.Id,
            value,
            value is null ? actual : null,
            asOf,
            VersionOf(kpi),
            ct
        );
        return Check(recorded, Scorecard, row.RowNumber, column + " actual", r => r.Kpi);
    }

    /// <summary>The stored KPI's values with the row's cells over them; a baseline or date unchanged keeps its details.</summary>
    private KpiInput Input(PlannedKpi row, Kpi? stored)
    {
        var cells = row.Row;
        var (baselineValue, baselineText) =
            stored is not null
            && CellText.Of(stored.BaselineText, stored.BaselineValue) == cells.Baseline
                ? (stored.BaselineValue, stored.BaselineText)
                : Baseline(cells.Baseline);
        var baselineDate =
            stored is not null && CellText.Of(stored.BaselineDate) == cells.BaselineDate
                ? stored.BaselineDate?.Text ?? stored.BaselineDate?.Display
                : Blank(cells.BaselineDate);
        return new KpiInput(
            plan.Snapshot.Plan.Id,
            cells.Ref,
            cells.Kpi,
            row.Direction,
            row.AreaId,
            ActionId(cells.ActionRef, row.AreaId),
            stored?.RowType ?? KpiRowType.Kpi,
            Blank(cells.Unit),
            baselineValue,
            baselineText,
            baselineDate,
            stored?.ExpectedProgressText,
            stored?.Tolerance,
            stored?.Notes
        );
    }

    private static (decimal?, string?) Baseline(string cell) =>
        cell.Length == 0 ? (null, null)
        : CellText.ParseNumber(cell) is { } value ? (value, null)
        : (Target.Parse(cell).Value, cell);

    /// <summary>The action with the ref, preferring one in the KPI's area.</summary>
    private Guid? ActionId(string actionRef, Guid? areaId) =>
        actionRef.Length == 0 || !_actionsByRef.TryGetValue(actionRef, out var actions)
            ? null
            : actions.FirstOrDefault(a => a.AreaId == areaId, actions[0]).Id;

    private static KpiMilestoneInput Input(
        PlannedMilestone planned,
        Guid kpiId,
        int sequence,
        KpiMilestone? stored
    )
    {
        var cells = planned.Cells;
        var due =
            stored is not null && CellText.Of(stored.DueDate) == cells.Due
                ? stored.DueDate?.Text ?? stored.DueDate?.Display
                : Blank(cells.Due);
        var target =
            stored is not null && CellText.Of(stored.Target) == cells.Target
                ? stored.Target
                : (cells.Target.Length == 0 ? null : new Target(cells.Target, null));
        return new KpiMilestoneInput(
            kpiId,
            sequence,
            cells.Label,
            due,
            target?.Text,
            target?.Value,
            target?.Comparator ?? Comparator.Equal,
            target?.Unit
        );
    }
}
