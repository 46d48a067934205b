using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin.Spreadsheets;

/// <summary>The spreadsheet import in a real browser: an upload with one bad row is previewed with that row's error, and nothing is written.</summary>
public sealed partial class ImportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_spreadsheet_with_one_bad_row_shows_that_rows_error_and_writes_nothing() =>
        InSessionAsync(async session =>
        {
            var page = await session.SignedInPageAsync("importer@example.org");
            await page.GotoAsync("/Admin/Spreadsheets");
            var csv = await DownloadActionsCsvAsync(page);
            var header = csv[0];
            var refColumn = header.IndexOf("Ref");
            var ragColumn = header.IndexOf("RAG");
            var good = csv.FindIndex(r => r.Count > refColumn && r[refColumn] == "1.1");
            var bad = csv.FindIndex(r => r.Count > refColumn && r[refColumn] == "1.2");
            Assert.True(good > 0 && bad > 0, "The export has no rows for actions 1.1 and 1.2.");
            csv[good][ragColumn] = "Not on track";
            csv[bad][ragColumn] = "Purple";
            var before = await WrittenAsync();

            await page.GetByRole(
                    AriaRole.Link,
                    new() { Name = $"Import a spreadsheet into {SampleActions.NorthSomersetPlan}" }
                )
                .ClickAsync();
            await page.GetByLabel("Spreadsheet (.xlsx, or one sheet as .csv)")
                .SetInputFilesAsync(
                    new FilePayload
                    {
                        Name = "north-somerset-actions.csv",
                        MimeType = "text/csv",
                        Buffer = Encoding.UTF8.GetBytes(CsvText.Write(csv)),
                    }
                );
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview the changes" })
                .ClickAsync();

            var errors = page.GetByRole(AriaRole.Table, new() { NameRegex = ErrorsCaption() });
            await Expect(errors.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
            var error = errors.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell);
            await Expect(error.Nth(0)).ToHaveTextAsync("Actions");
            await Expect(error.Nth(1)).ToHaveTextAsync((bad + 1).ToString());
            await Expect(error.Nth(2)).ToHaveTextAsync("RAG");
            await Expect(error.Nth(3)).ToContainTextAsync("'Purple' is not a RAG status");
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = ApplyButton() }))
                .ToHaveCountAsync(0);
            Assert.Equal(before, await WrittenAsync());
        });

    private static async Task<List<List<string>>> DownloadActionsCsvAsync(IPage page)
    {
        var link = page.GetByRole(
            AriaRole.Link,
            new() { Name = $"Actions CSV of {SampleActions.NorthSomersetPlan}" }
        );
        var response = await page.Context.APIRequest.GetAsync(
            (await link.GetAttributeAsync("href"))!
        );
        Assert.True(response.Ok, $"The export answered {response.Status}.");
        return CsvText.Parse(await response.TextAsync());
    }

    /// <summary>What an import would change: the actions' RAGs, their updates and the audit log.</summary>
    private async Task<string> WrittenAsync()
    {
        await using var db = Fixture.Database();
        var rags = await db.Actions.OrderBy(a => a.Id).Select(a => a.CurrentRag).ToListAsync();
        return $"{string.Join(",", rags)} / {await db.ActionUpdates.CountAsync()} updates / {await db.AuditEntries.CountAsync()} audit entries";
    }

    [GeneratedRegex("^Errors")]
    private static partial Regex ErrorsCaption();

    [GeneratedRegex("^Apply")]
    private static partial Regex ApplyButton();
}
