using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Compares uploaded rows with the stored plan, cell by cell, and collects every change and every row error.</summary>
internal sealed partial class ImportPlanner(PlanSnapshot snapshot)
{
    private readonly ImportPlan _plan = new() { Snapshot = snapshot };

    public static ImportPlan Plan(PlanSnapshot snapshot, UploadedSheets sheets)
    {
        var planner = new ImportPlanner(snapshot);
        if (sheets.Actions is { } actions)
        {
            planner.PlanActions(actions);
        }
        if (sheets.Scorecard is { } scorecard)
        {
            planner.PlanKpis(scorecard);
        }
        return planner._plan;
    }

    private void Error(string sheet, int row, string? column, string message) =>
        _plan.Errors.Add(new ImportRowError(sheet, row, column, message));

    private void CheckLength(string sheet, int row, string column, string text, int limit)
    {
        if (text.Length > limit)
        {
            Error(
                sheet,
                row,
                column,
                $"The text is {text.Length} characters long; the limit is {limit}."
            );
        }
    }

    private static void Compare(
        List<ImportFieldChange> changes,
        string column,
        string before,
        string after
    )
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new ImportFieldChange(column, before, after));
        }
    }

    private void AddRow(
        string sheet,
        int row,
        string key,
        bool isNew,
        List<ImportFieldChange> fields
    ) =>
        _plan.Rows.Add(
            new ImportRowChange(
                sheet,
                row,
                key,
                isNew ? ImportRowStatus.New
                    : fields.Count > 0 ? ImportRowStatus.Changed
                    : ImportRowStatus.Unchanged,
                fields
            )
        );

    private static int Limit(string column) =>
        column switch
        {
            PlanSheetLayout.Ref
            or PlanSheetLayout.ByWhen
            or PlanSheetLayout.ActionRef
            or PlanSheetLayout.Unit
            or PlanSheetLayout.BaselineDate => FieldLimits.Code,
            _ => FieldLimits.Text,
        };
}
