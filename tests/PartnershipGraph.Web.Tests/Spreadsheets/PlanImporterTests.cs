using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Spreadsheets;
using Xunit;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

public sealed class PlanImporterTests
{
    private static bool Action11(IReadOnlyList<string> cells) =>
        cells[0] == "1" && cells[1] == "1.1";

    private static bool Kpi11(IReadOnlyList<string> cells) => cells[1] == "1.1";

    [Fact]
    public async Task Reports_each_bad_cell_with_its_row_and_column_and_applies_nothing()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var before = await plan.Database.CountRowsAsync();
        var file = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Rag,
            Action11,
            "Purple"
        );
        file = WorkbookEditor.SetCell(
            file,
            PlanSheetLayout.ScorecardSheet,
            PlanSheetLayout.Direction,
            Kpi11,
            "Sideways"
        );
        file = WorkbookEditor.SetCell(
            file,
            PlanSheetLayout.ScorecardSheet,
            "Milestone 1 actual as of",
            Kpi11,
            "31/02/2022"
        );

        var preview = await plan.PreviewAsync("plan.xlsx", file);
        var result = await plan.ApplyAsync("plan.xlsx", file);

        Assert.Equal(
            [
                (PlanSheetLayout.ActionsSheet, 2, PlanSheetLayout.Rag),
                (PlanSheetLayout.ScorecardSheet, 2, PlanSheetLayout.Direction),
                (PlanSheetLayout.ScorecardSheet, 2, "Milestone 1 actual as of"),
            ],
            preview
                .Errors.Select(e => (e.Sheet, e.RowNumber, e.Column))
                .OrderBy(e => e.Sheet)
                .ThenBy(e => e.Column == PlanSheetLayout.Direction ? 0 : 1)
                .ToList()
        );
        Assert.Contains(
            "'Purple' is not a RAG status",
            preview.Errors[0].Message,
            StringComparison.Ordinal
        );
        Assert.False(preview.CanApply);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await plan.Database.CountRowsAsync());
    }

    [Theory]
    [InlineData("plan.pdf", "%PDF-1.4", "'plan.pdf' is not an .xlsx or .csv file.")]
    [InlineData("plan.xlsx", "Ref,Action", "The file is named .xlsx but is not an Excel workbook.")]
    [InlineData(
        "plan.csv",
        "Name,Phone\nA,1",
        "The CSV file's first row is neither the Actions header nor the Scorecard header."
    )]
    [InlineData(
        "plan.csv",
        "Area,Ref,Action,By when,RAG,KPI,Progress\n1,1.1,x,,,,",
        "The 'Actions' sheet has no 'Responsible officer' column in its first row."
    )]
    [InlineData("plan.csv", "", "The file is empty.")]
    public async Task Refuses_a_malformed_upload_with_the_reason(
        string fileName,
        string content,
        string reason
    )
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();

        var preview = await plan.PreviewAsync(fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(reason, preview.Refusal);
        Assert.False(preview.CanApply);
    }

    [Fact]
    public async Task Refuses_a_workbook_without_the_scorecard_sheet()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var sheets = (
            await plan.Exporter.LoadAsync(
                SpreadsheetTestPlan.Admin,
                plan.PlanId,
                CancellationToken.None
            )
        )!;
        using var output = new MemoryStream();
        PlanWorkbookWriter.Write(sheets, output);
        var file = WorkbookEditor.RenameSheet(
            output.ToArray(),
            PlanSheetLayout.ScorecardSheet,
            "KPIs"
        );

        var preview = await plan.PreviewAsync("plan.xlsx", file);

        Assert.Equal("The workbook has no 'Scorecard' sheet.", preview.Refusal);
    }

    [Fact]
    public async Task Refuses_an_oversized_upload()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();

        var preview = await plan.PreviewAsync("plan.csv", new byte[PlanUpload.MaxBytes + 1]);

        Assert.Equal("The file is larger than the 5 MB limit.", preview.Refusal);
    }

    [Fact]
    public async Task Adds_new_actions_and_kpis_and_records_a_changed_actual()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var actions =
            Encoding.UTF8.GetString(await plan.ExportCsvAsync(PlanSheetLayout.ActionsSheet))
            + "\"1\",\"1.9\",\"Publish the local offer review\",\"March 24\",\"Pip Hesketh; Parent carer forum\",\"On track\",\"\",\"Draft shared with the forum.\"\n";

        var result = await plan.ApplyAsync("actions.csv", Encoding.UTF8.GetBytes(actions));
        var scorecard = WorkbookEditor.SetCsvCell(
            await plan.ExportCsvAsync(PlanSheetLayout.ScorecardSheet),
            "Milestone 1 actual",
            Kpi11,
            "42"
        );
        scorecard = WorkbookEditor.SetCsvCell(
            scorecard,
            "Milestone 1 actual as of",
            Kpi11,
            "2022-03-01"
        );
        scorecard =
        [
            .. scorecard,
            .. Encoding.UTF8.GetBytes(
                "\"1\",\"1.9\",\"1.9\",\"Local offer page views\",\"views\",\"Higher is better\",\"1200\",\"2023/24\",\"By March\",\"March 24\",\"More than 1500 views\",\"\",\"\"\n"
            ),
        ];
        var scorecardPreview = await plan.PreviewAsync("scorecard.csv", scorecard);
        var kpis = await plan.ApplyAsync("scorecard.csv", scorecard, scorecardPreview);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.True(kpis.Succeeded, string.Join("; ", kpis.Errors.Select(e => e.Message)));
        Assert.Equal((1, 1), (scorecardPreview.NewCount, scorecardPreview.ChangedCount));
        await using var db = plan.Database.CreatePlainContext();
        var action = await db.Actions.Include(a => a.Responsibles).SingleAsync(a => a.Ref == "1.9");
        Assert.Equal(
            ["Pip Hesketh", "Parent carer forum"],
            action.Responsibles.OrderBy(r => r.Id).Select(r => r.NameAsWritten)
        );
        Assert.NotNull(action.Responsibles.OrderBy(r => r.Id).First().PersonId);
        Assert.Equal("March 24", action.DueDate?.Text);
        var kpi = await db.Kpis.Include(k => k.Milestones).SingleAsync(k => k.Ref == "1.9");
        Assert.Equal((action.Id, 1200m), (kpi.ActionId, kpi.BaselineValue));
        Assert.Equal(1500m, Assert.Single(kpi.Milestones).Target?.Value);
        var kpi11 = await db.Kpis.SingleAsync(k => k.Ref == "1.1" && k.PlanId == plan.PlanId);
        var actual = await db
            .KpiActuals.Where(a => a.KpiId == kpi11.Id && a.Value == 42)
            .SingleAsync();
        Assert.Equal(new DateOnly(2022, 3, 1), actual.AsOf);
        Assert.Equal(0, (await plan.PreviewAsync("scorecard.csv", scorecard)).ChangedCount);
    }

    [Fact]
    public async Task A_row_changed_by_someone_else_after_the_preview_is_refused_as_stale()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var file = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            Action11,
            "Mine."
        );
        var preview = await plan.PreviewAsync("plan.xlsx", file);
        var edited = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            Action11,
            "Theirs."
        );
        Assert.True((await plan.ApplyAsync("plan.xlsx", edited)).Succeeded);

        var result = await plan.ApplyAsync("plan.xlsx", file, preview);

        var error = Assert.Single(result.Errors);
        Assert.Equal((PlanSheetLayout.ActionsSheet, 2), (error.Sheet, error.RowNumber));
        Assert.StartsWith(
            "Action 1.1 was changed by someone else after the preview",
            error.Message,
            StringComparison.Ordinal
        );
        await using var db = plan.Database.CreatePlainContext();
        Assert.Equal(
            "Theirs.",
            await db
                .ActionUpdates.OrderByDescending(u => u.RecordedAt)
                .ThenByDescending(u => u.Id)
                .Select(u => u.Narrative)
                .FirstAsync()
        );
    }

    [Fact]
    public async Task A_refusal_by_a_service_rolls_back_the_rows_already_written()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        await using (var db = plan.Database.CreatePlainContext())
        {
            var area1 = await db.PlanAreas.SingleAsync(a =>
                a.PlanId == plan.PlanId && a.Number == 1
            );
            var lead = await db.PlanAreaLeads.FirstAsync(l =>
                l.PlanAreaId == area1.Id && l.PersonId != null
            );
            var localAreaId = await db
                .Plans.Where(p => p.Id == plan.PlanId)
                .Select(p => p.LocalAreaId)
                .SingleAsync();
            plan.AreaLead = new Actor(
                "lead@example.org",
                Role.AreaLead,
                lead.PersonId,
                localAreaId
            );
        }
        var before = await plan.Database.CountRowsAsync();
        var file = WorkbookEditor.SetCell(
            await plan.ExportWorkbookAsync(),
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            Action11,
            "Allowed: area 1."
        );
        file = WorkbookEditor.SetCell(
            file,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            c => c[0] == "6",
            "Not allowed: area 6."
        );

        var result = await plan.ApplyAsync("plan.xlsx", file, actor: plan.AreaLead);

        var error = Assert.Single(result.Errors);
        Assert.Equal(PlanSheetLayout.ActionsSheet, error.Sheet);
        Assert.Contains("area lead may change only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await plan.Database.CountRowsAsync());
    }

    [Fact]
    public async Task A_reader_role_is_refused_before_the_file_is_read()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();

        var preview = await plan.PreviewAsync(
            "plan.xlsx",
            await plan.ExportWorkbookAsync(),
            new Actor("chair", Role.BoardMember)
        );

        Assert.Equal("The BoardMember role may read but not change anything.", preview.Refusal);
    }

    [Fact]
    public async Task Changing_a_milestone_target_updates_the_milestone_and_blanking_one_is_an_error()
    {
        await using var plan = await SpreadsheetTestPlan.CreateAsync();
        var workbook = await plan.ExportWorkbookAsync();
        var target = WorkbookEditor.SetCell(
            workbook,
            PlanSheetLayout.ScorecardSheet,
            "Milestone 2 target",
            Kpi11,
            "Over 70% of agencies"
        );
        var blanked = WorkbookEditor.SetCell(
            workbook,
            PlanSheetLayout.ScorecardSheet,
            "Milestone 3",
            Kpi11,
            ""
        );
        foreach (var part in new[] { " due", " target", " actual", " actual as of" })
        {
            blanked = WorkbookEditor.SetCell(
                blanked,
                PlanSheetLayout.ScorecardSheet,
                "Milestone 3" + part,
                Kpi11,
                ""
            );
        }

        var result = await plan.ApplyAsync("plan.xlsx", target);
        var refused = await plan.PreviewAsync("plan.xlsx", blanked);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var change = Assert.Single(result.Preview.Rows, r => r.Status == ImportRowStatus.Changed);
        Assert.Equal("Milestone 2 target", Assert.Single(change.Fields).Column);
        await using var db = plan.Database.CreatePlainContext();
        var kpi = await db
            .Kpis.Include(k => k.Milestones)
            .SingleAsync(k => k.Ref == "1.1" && k.PlanId == plan.PlanId);
        var milestone = kpi.Milestones.OrderBy(m => m.Sequence).ElementAt(1);
        Assert.Equal(
            ("Over 70% of agencies", 70m),
            (milestone.Target?.Text, milestone.Target?.Value)
        );
        var error = Assert.Single(refused.Errors);
        Assert.Equal((2, "Milestone 3"), (error.RowNumber, error.Column));
        Assert.Contains(
            "an import cannot remove a milestone",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
