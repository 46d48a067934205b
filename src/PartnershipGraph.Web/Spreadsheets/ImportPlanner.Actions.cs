using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Spreadsheets;

internal sealed partial class ImportPlanner
{
    private const string Sheet = PlanSheetLayout.ActionsSheet;

    private void PlanActions(IReadOnlyList<(int Number, ActionSheetRow Row)> rows)
    {
        var seen = new Dictionary<(string, string), int>();
        foreach (var (number, row) in rows)
        {
            var errors = _plan.Errors.Count;
            var area = CellText.ParseInteger(row.Area) is { } n
                ? snapshot.Areas.FirstOrDefault(a => a.Number == n)
                : null;
            if (area is null)
            {
                Error(
                    Sheet,
                    number,
                    PlanSheetLayout.Area,
                    $"'{row.Area}' is not the number of an area of this plan."
                );
            }
            if (row.Ref.Length == 0)
            {
                Error(Sheet, number, PlanSheetLayout.Ref, "The ref is required.");
            }
            else if (!seen.TryAdd((row.Area, row.Ref), number))
            {
                Error(
                    Sheet,
                    number,
                    PlanSheetLayout.Ref,
                    $"Action {row.Ref} of area {row.Area} is also on row {seen[(row.Area, row.Ref)]}."
                );
            }
            if (row.Action.Length == 0)
            {
                Error(
                    Sheet,
                    number,
                    PlanSheetLayout.Action,
                    "The action's description is required."
                );
            }
            var rag = row.Rag.Length == 0 ? Rag.NotRated : RagText.Parse(row.Rag);
            if (rag is null)
            {
                Error(
                    Sheet,
                    number,
                    PlanSheetLayout.Rag,
                    $"'{row.Rag}' is not a RAG status; use Met, On track, Partially met, Not on track or Not rated."
                );
            }
            var existing = snapshot.Actions.FirstOrDefault(a =>
                a.PlanAreaId == area?.Id && CellText.Normalise(a.Ref) == row.Ref
            );
            var stored = existing is null ? null : PlanSheetRows.Of(snapshot, existing).Cells;
            foreach (
                var (i, column, text) in PlanSheetLayout
                    .ActionColumns.Zip(row.Cells)
                    .Select((p, i) => (i, p.First, p.Second))
            )
            {
                if (stored is null || stored[i] != text)
                {
                    CheckLength(Sheet, number, column, text, Limit(column));
                }
            }
            foreach (
                var name in CellText
                    .Names(row.ResponsibleOfficer)
                    .Where(n => n.Length > FieldLimits.Name)
            )
            {
                Error(
                    Sheet,
                    number,
                    PlanSheetLayout.ResponsibleOfficer,
                    $"The name '{name[..20]}…' is longer than {FieldLimits.Name} characters."
                );
            }
            if (existing is not null)
            {
                CheckOfficerOrder(number, row, existing);
            }
            if (_plan.Errors.Count > errors || area is null || rag is null)
            {
                continue;
            }
            PlanAction(number, row, area.Id, existing, rag.Value);
        }
    }

    private void PlanAction(
        int number,
        ActionSheetRow row,
        Guid areaId,
        Domain.Actions.PlanAction? existing,
        Rag rag
    )
    {
        var stored = existing is null
            ? new ActionSheetRow(row.Area, row.Ref, "", "", "", CellText.Of(Rag.NotRated), "", "")
            : PlanSheetRows.Of(snapshot, existing);
        var names = CellText.Names(row.ResponsibleOfficer);
        var fields = new List<ImportFieldChange>();
        Compare(fields, PlanSheetLayout.Action, stored.Action, row.Action);
        Compare(fields, PlanSheetLayout.ByWhen, stored.ByWhen, row.ByWhen);
        Compare(fields, PlanSheetLayout.Kpi, stored.Kpi, row.Kpi);
        var details = fields.Count > 0;
        Compare(
            fields,
            PlanSheetLayout.ResponsibleOfficer,
            stored.ResponsibleOfficer,
            CellText.JoinNames(names)
        );
        Compare(fields, PlanSheetLayout.Rag, stored.Rag, CellText.Of(rag));
        Compare(fields, PlanSheetLayout.Progress, stored.Progress, row.Progress);
        var status = fields.Any(f => f.Column is PlanSheetLayout.Rag or PlanSheetLayout.Progress);
        var responsibles = existing?.Responsibles ?? [];
        var storedNames = responsibles.Select(r => CellText.Normalise(r.NameAsWritten)).ToList();
        _plan.Actions.Add(
            new PlannedAction(
                number,
                row,
                areaId,
                existing,
                rag,
                details,
                status,
                [.. names.Where(n => !storedNames.Contains(n, StringComparer.Ordinal))],
                [
                    .. responsibles.Where(r =>
                        !names.Contains(CellText.Normalise(r.NameAsWritten), StringComparer.Ordinal)
                    ),
                ]
            )
        );
        if (existing is not null)
        {
            _plan.Match(Sheet, number, $"Action {row.Ref}", existing);
            foreach (var responsible in responsibles)
            {
                _plan.Match(
                    Sheet,
                    number,
                    $"A responsible officer of action {row.Ref}",
                    responsible
                );
            }
        }
        AddRow(Sheet, number, row.Ref, existing is null, fields);
    }

    // The officers' order is not stored (their rows keep the order they were added in), so a file that only
    // re-orders them would show a change that importing cannot make: say so rather than drop it silently.
    private void CheckOfficerOrder(
        int number,
        ActionSheetRow row,
        Domain.Actions.PlanAction existing
    )
    {
        var typed = CellText.Names(row.ResponsibleOfficer);
        var stored = existing
            .Responsibles.Select(r => CellText.Normalise(r.NameAsWritten))
            .ToList();
        if (
            !typed.SequenceEqual(stored, StringComparer.Ordinal)
            && typed
                .Order(StringComparer.Ordinal)
                .SequenceEqual(stored.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        )
        {
            Error(
                Sheet,
                number,
                PlanSheetLayout.ResponsibleOfficer,
                $"Only the order of the responsible officers differs, and their order is not stored: keep it as '{CellText.JoinNames(stored)}'."
            );
        }
    }
}
