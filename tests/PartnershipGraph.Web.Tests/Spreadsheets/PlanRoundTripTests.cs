using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Spreadsheets;
using Xunit;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

public sealed class PlanRoundTripTests
{
    private static bool Action11(IReadOnlyList<string> cells) =>
        cells[0] == "1" && cells[1] == "1.1";

    [Fact]
    public async Task Exporting_the_sample_plan_as_a_workbook_and_importing_it_changes_nothing()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();

        var preview = await plan.PreviewAsync("plan.xlsx", await plan.ExportWorkbookAsync());

        Assert.Null(preview.Refusal);
        Assert.Empty(preview.Errors);
        Assert.Equal(0, preview.NewCount);
        Assert.Empty(
            preview
                .Rows.Where(r => r.Status != ImportRowStatus.Unchanged)
                .SelectMany(r => r.Fields)
                .Select(f => $"{f.Column}: '{f.Before}' -> '{f.After}'")
        );
        Assert.Equal(35, preview.Rows.Count(r => r.Sheet == PlanSheetLayout.ActionsSheet));
        Assert.Equal(72, preview.Rows.Count(r => r.Sheet == PlanSheetLayout.ScorecardSheet));
        Assert.False(preview.CanApply);
    }

    [Fact]
    public async Task Exporting_the_portsmouth_attendance_strategy_and_importing_it_changes_nothing()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync(
            "Strategy to reduce time lost"
        );

        var preview = await plan.PreviewAsync("plan.xlsx", await plan.ExportWorkbookAsync());

        Assert.Null(preview.Refusal);
        Assert.Empty(preview.Errors);
        Assert.Empty(preview.Rows.SelectMany(r => r.Fields));
        Assert.Contains(preview.Rows, r => r.Sheet == PlanSheetLayout.ScorecardSheet);
    }

    [Fact]
    public async Task A_workbook_saved_with_shared_strings_as_excel_saves_it_changes_nothing()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var saved = WorkbookEditor.ToSharedStrings(await plan.ExportWorkbookAsync());

        var preview = await plan.PreviewAsync("plan.xlsx", saved);

        Assert.Null(preview.Refusal);
        Assert.Equal((107, 0), (preview.UnchangedCount, preview.Errors.Count));
    }

    [Theory]
    [InlineData(PlanSheetLayout.ActionsSheet, 35)]
    [InlineData(PlanSheetLayout.ScorecardSheet, 72)]
    public async Task Exporting_a_sheet_as_csv_and_importing_it_changes_nothing(
        string sheet,
        int rows
    )
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();

        var preview = await plan.PreviewAsync("plan.csv", await plan.ExportCsvAsync(sheet));

        Assert.Null(preview.Refusal);
        Assert.Empty(preview.Errors);
        Assert.Equal(rows, preview.UnchangedCount);
        Assert.All(preview.Rows, r => Assert.Equal(sheet, r.Sheet));
    }

    [Fact]
    public async Task Changing_one_cell_previews_exactly_that_change_and_writes_nothing()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var before = await plan.Database.CountRowsAsync();
        var edited = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.ByWhen,
            Action11,
            "June 22"
        );

        var preview = await plan.PreviewAsync("plan.xlsx", edited);

        var change = Assert.Single(preview.Rows, r => r.Status != ImportRowStatus.Unchanged);
        Assert.Equal(
            (PlanSheetLayout.ActionsSheet, 2, "1.1", ImportRowStatus.Changed),
            (change.Sheet, change.RowNumber, change.Ref, change.Status)
        );
        Assert.Equal(
            new ImportFieldChange(
                PlanSheetLayout.ByWhen,
                "Refresh and relaunch by May 22",
                "June 22"
            ),
            Assert.Single(change.Fields)
        );
        Assert.True(preview.CanApply);
        Assert.Equal(before, await plan.Database.CountRowsAsync());
    }

    [Fact]
    public async Task Only_reordering_the_responsible_officers_is_a_row_error_not_a_silent_no_op()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        await using var db = plan.Database.CreatePlainContext();
        var action = await db
            .Actions.Include(a => a.Responsibles)
            .Include(a => a.Area)
            .Where(a => a.Area!.PlanId == plan.PlanId && a.Responsibles.Count >= 2)
            .OrderBy(a => a.Ref)
            .FirstAsync();
        var reversed = CellText.JoinNames(
            action.Responsibles.OrderByDescending(r => r.Id).Select(r => r.NameAsWritten)
        );
        var edited = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.ResponsibleOfficer,
            cells =>
                cells[0] == action.Area!.Number.ToString(CultureInfo.InvariantCulture)
                && cells[1] == action.Ref,
            reversed
        );

        var preview = await plan.PreviewAsync("plan.xlsx", edited);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(
            (PlanSheetLayout.ActionsSheet, PlanSheetLayout.ResponsibleOfficer),
            (error.Sheet, error.Column)
        );
        Assert.Contains("order", error.Message, StringComparison.Ordinal);
        Assert.False(preview.CanApply);
    }

    [Fact]
    public async Task Applying_a_change_writes_it_through_the_services_and_a_new_export_matches_the_file()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var edited = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Rag,
            Action11,
            "Partially met"
        );
        edited = WorkbookEditor.SetCell(
            edited,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            Action11,
            "Survey slipped to July."
        );
        var preview = await plan.PreviewAsync("plan.xlsx", edited);

        var result = await plan.ApplyAsync("plan.xlsx", edited, preview);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(1, result.RowsApplied);
        await using var db = plan.Database.CreatePlainContext();
        var action = await db.Actions.SingleAsync(a =>
            a.Ref == "1.1" && a.Area!.PlanId == plan.PlanId
        );
        Assert.Equal(Rag.PartiallyMet, action.CurrentRag);
        var update = await db
            .ActionUpdates.Where(u => u.ActionId == action.Id)
            .OrderByDescending(u => u.RecordedAt)
            .FirstAsync();
        Assert.Equal(
            ("Survey slipped to July.", "admin@example.org"),
            (update.Narrative, update.AuthorName)
        );
        Assert.Equal(1, await db.AuditEntries.CountAsync());
        var again = await plan.PreviewAsync("plan.xlsx", await plan.ExportWorkbookAsync());
        Assert.Equal(0, again.NewCount + again.ChangedCount);
        Assert.Equal(0, (await plan.PreviewAsync("plan.xlsx", edited)).ChangedCount);
    }
}
