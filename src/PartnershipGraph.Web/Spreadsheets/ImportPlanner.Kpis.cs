using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Spreadsheets;

internal sealed partial class ImportPlanner
{
    private const string Scorecard = PlanSheetLayout.ScorecardSheet;

    private void PlanKpis(IReadOnlyList<(int Number, ScorecardSheetRow Row)> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, row) in rows)
        {
            var errors = _plan.Errors.Count;
            Guid? areaId = null;
            if (row.Area.Length > 0)
            {
                areaId = CellText.ParseInteger(row.Area) is { } n
                    ? snapshot.Areas.FirstOrDefault(a => a.Number == n)?.Id
                    : null;
                if (areaId is null)
                {
                    Error(
                        Scorecard,
                        number,
                        PlanSheetLayout.Area,
                        $"'{row.Area}' is not the number of an area of this plan."
                    );
                }
            }
            if (row.Ref.Length == 0)
            {
                Error(Scorecard, number, PlanSheetLayout.Ref, "The ref is required.");
            }
            else if (!seen.TryAdd(row.Ref, number))
            {
                Error(
                    Scorecard,
                    number,
                    PlanSheetLayout.Ref,
                    $"KPI {row.Ref} is also on row {seen[row.Ref]}."
                );
            }
            if (row.Kpi.Length == 0)
            {
                Error(Scorecard, number, PlanSheetLayout.Kpi, "The KPI's description is required.");
            }
            if (row.ActionRef.Length > 0 && !ActionExists(row.ActionRef))
            {
                Error(
                    Scorecard,
                    number,
                    PlanSheetLayout.ActionRef,
                    $"This plan has no action {row.ActionRef}."
                );
            }
            var direction = CellText.ParseDirection(row.Direction);
            if (direction is null)
            {
                Error(
                    Scorecard,
                    number,
                    PlanSheetLayout.Direction,
                    $"'{row.Direction}' is not a direction; use Higher is better, Lower is better or Narrative only."
                );
            }
            var existing =
                row.Ref.Length == 0
                    ? null
                    : snapshot.Kpis.FirstOrDefault(k => CellText.Normalise(k.Ref) == row.Ref);
            var count = row.Milestones.Count;
            var stored = existing is null
                ? null
                : PlanSheetRows.Of(snapshot, existing).Cells(count);
            foreach (
                var (i, column, text) in PlanSheetLayout
                    .ScorecardHeader(count)
                    .Zip(row.Cells(count))
                    .Select((p, i) => (i, p.First, p.Second))
            )
            {
                if (stored is null || stored[i] != text)
                {
                    CheckLength(
                        Scorecard,
                        number,
                        column,
                        text,
                        column.EndsWith(" due", StringComparison.Ordinal)
                            ? FieldLimits.Code
                            : Limit(column)
                    );
                }
            }
            var milestones = PlanMilestones(number, row, existing);
            if (_plan.Errors.Count > errors || direction is null)
            {
                continue;
            }
            PlanKpi(number, row, areaId, existing, direction.Value, milestones);
        }
    }

    private bool ActionExists(string actionRef) =>
        snapshot.Actions.Any(a => CellText.Normalise(a.Ref) == actionRef)
        || _plan.Actions.Any(a => a.Existing is null && a.Row.Ref == actionRef);

    private void PlanKpi(
        int number,
        ScorecardSheetRow row,
        Guid? areaId,
        Kpi? existing,
        KpiDirection direction,
        List<PlannedMilestone> milestones
    )
    {
        var stored = existing is null
            ? new ScorecardSheetRow(
                row.Area,
                row.Ref,
                "",
                "",
                "",
                CellText.Of(KpiDirection.NarrativeOnly),
                "",
                "",
                []
            )
            : PlanSheetRows.Of(snapshot, existing);
        var fields = new List<ImportFieldChange>();
        Compare(fields, PlanSheetLayout.Area, stored.Area, row.Area);
        Compare(fields, PlanSheetLayout.ActionRef, stored.ActionRef, row.ActionRef);
        Compare(fields, PlanSheetLayout.Kpi, stored.Kpi, row.Kpi);
        Compare(fields, PlanSheetLayout.Unit, stored.Unit, row.Unit);
        Compare(fields, PlanSheetLayout.Direction, stored.Direction, CellText.Of(direction));
        Compare(fields, PlanSheetLayout.Baseline, stored.Baseline, row.Baseline);
        Compare(fields, PlanSheetLayout.BaselineDate, stored.BaselineDate, row.BaselineDate);
        var details = fields.Count > 0;
        for (var i = 0; i < milestones.Count; i++)
        {
            var before = i < stored.Milestones.Count ? stored.Milestones[i] : MilestoneCells.Blank;
            foreach (
                var ((part, b), a) in PlanSheetLayout
                    .MilestoneParts.Zip(before.Cells)
                    .Zip(milestones[i].Cells.Cells)
            )
            {
                Compare(fields, PlanSheetLayout.MilestoneColumn(i + 1, part), b, a);
            }
        }
        _plan.Kpis.Add(
            new PlannedKpi(number, row, areaId, existing, direction, details, milestones)
        );
        if (existing is not null)
        {
            _plan.Match(Scorecard, number, $"KPI {row.Ref}", existing);
            foreach (var milestone in existing.Milestones)
            {
                _plan.Match(Scorecard, number, $"A milestone of KPI {row.Ref}", milestone);
            }
        }
        AddRow(Scorecard, number, row.Ref, existing is null, fields);
    }

    private List<PlannedMilestone> PlanMilestones(int number, ScorecardSheetRow row, Kpi? existing)
    {
        var stored = existing?.Milestones ?? [];
        var planned = new List<PlannedMilestone>();
        for (var i = 0; i < Math.Max(stored.Count, row.Milestones.Count); i++)
        {
            var column = PlanSheetLayout.MilestoneColumn(i + 1, "");
            var milestone = i < stored.Count ? stored[i] : null;
            var cells = i < row.Milestones.Count ? row.Milestones[i] : MilestoneCells.Blank;
            var before = milestone is null
                ? MilestoneCells.Blank
                : PlanSheetRows.Of(snapshot, milestone);
            if (milestone is not null && cells.IsBlank)
            {
                Error(
                    Scorecard,
                    number,
                    column,
                    $"Milestone {i + 1} ('{before.Label}') is blank; an import cannot remove a milestone."
                );
                continue;
            }
            if (cells.Label.Length == 0)
            {
                Error(Scorecard, number, column, $"Milestone {i + 1} needs a label.");
            }
            var asOf = CellText.ParseDay(cells.ActualAsOf);
            if (cells.ActualAsOf.Length > 0 && asOf is null)
            {
                Error(
                    Scorecard,
                    number,
                    column + " actual as of",
                    $"'{cells.ActualAsOf}' is not a date; write it as yyyy-mm-dd, e.g. 2023-06-30."
                );
            }
            var actualChanged =
                cells.Actual != before.Actual || cells.ActualAsOf != before.ActualAsOf;
            if (actualChanged && cells.Actual.Length == 0)
            {
                Error(
                    Scorecard,
                    number,
                    column + " actual",
                    before.Actual.Length > 0
                        ? "An actual cannot be removed: actuals are kept as history. Record a new actual instead."
                        : "An as-of date needs an actual."
                );
            }
            var details =
                cells.Label != before.Label
                || cells.Due != before.Due
                || cells.Target != before.Target;
            planned.Add(new PlannedMilestone(cells, milestone, details, actualChanged, asOf));
        }
        return planned;
    }
}
