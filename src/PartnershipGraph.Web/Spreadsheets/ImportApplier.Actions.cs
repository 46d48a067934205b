using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.Spreadsheets;

internal sealed partial class ImportApplier
{
    private const string Sheet = PlanSheetLayout.ActionsSheet;

    private async Task<bool> ApplyAsync(PlannedAction row, CancellationToken ct)
    {
        var action = row.Existing;
        if (action is null)
        {
            var created = await _actions.CreateAsync(actor, Input(row, null), ct);
            if (!Check(created, Sheet, row.RowNumber, null, a => a))
            {
                return false;
            }
            action = created.Value!;
            if (!_actionsByRef.TryGetValue(action.Ref, out var list))
            {
                _actionsByRef[action.Ref] = list = [];
            }
            list.Add((action.PlanAreaId, action.Id));
        }
        else if (row.DetailsChanged)
        {
            var updated = await _actions.UpdateAsync(
                actor,
                action.Id,
                Input(row, action),
                VersionOf(action),
                ct
            );
            if (!Check(updated, Sheet, row.RowNumber, null, a => a))
            {
                return false;
            }
        }
        return await ApplyResponsiblesAsync(row, action, ct)
            && await ApplyStatusAsync(row, action, ct);
    }

    private async Task<bool> ApplyResponsiblesAsync(
        PlannedAction row,
        PlanAction action,
        CancellationToken ct
    )
    {
        foreach (var responsible in row.ResponsiblesToRemove)
        {
            var removed = await _responsibles.DeleteAsync(
                actor,
                responsible.Id,
                VersionOf(responsible),
                ct
            );
            if (!Check(removed, Sheet, row.RowNumber, PlanSheetLayout.ResponsibleOfficer))
            {
                return false;
            }
        }
        foreach (var name in row.NamesToAdd)
        {
            var people = plan
                .Snapshot.People.Where(p =>
                    string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
                )
                .ToList();
            var added = await _responsibles.CreateAsync(
                actor,
                new ActionResponsibleInput(
                    action.Id,
                    name,
                    people.Count == 1 ? people[0].Id : null
                ),
                ct
            );
            if (!Check(added, Sheet, row.RowNumber, PlanSheetLayout.ResponsibleOfficer))
            {
                return false;
            }
        }
        return true;
    }

    private async Task<bool> ApplyStatusAsync(
        PlannedAction row,
        PlanAction action,
        CancellationToken ct
    )
    {
        if (!row.StatusChanged)
        {
            return true;
        }
        var status = await _actions.UpdateStatusAsync(
            actor,
            action.Id,
            row.Rag,
            Blank(row.Row.Progress),
            VersionOf(action),
            ct
        );
        return Check(status, Sheet, row.RowNumber, PlanSheetLayout.Rag, s => s.Action);
    }

    /// <summary>The stored action's values with the row's cells over them; a date unchanged keeps its editorial details.</summary>
    private static ActionInput Input(PlannedAction row, PlanAction? stored)
    {
        var dueDate =
            stored is not null && CellText.Of(stored.DueDate) == row.Row.ByWhen
                ? stored.DueDate?.Text ?? stored.DueDate?.Display
                : Blank(row.Row.ByWhen);
        return new ActionInput(
            row.AreaId,
            row.Row.Ref,
            row.Row.Action,
            stored?.Title,
            stored?.ParentActionId,
            dueDate,
            stored?.LeadOrganisationId,
            Blank(row.Row.Kpi),
            stored?.Notes
        );
    }
}
