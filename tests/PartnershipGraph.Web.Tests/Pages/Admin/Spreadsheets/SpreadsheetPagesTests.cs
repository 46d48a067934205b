using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Spreadsheets;
using PartnershipGraph.Web.Tests.Spreadsheets;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Spreadsheets;

/// <summary>The spreadsheet pages: download, upload, preview, apply.</summary>
public sealed partial class SpreadsheetPagesTests : IDisposable
{
    private readonly AdminTestHost _host = new();

    private async Task<Guid> PlanIdAsync()
    {
        var contexts = _host.Service<IDbContextFactory<PartnershipDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db
            .Plans.Where(p => p.Title.StartsWith("North Somerset"))
            .Select(p => p.Id)
            .SingleAsync();
    }

    [Fact]
    public async Task Index_links_each_plan_to_its_downloads_and_import()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.BoardMember);

        var html = await client.GetStringAsync("/Admin/Spreadsheets");

        Assert.Contains(
            $"/Admin/Spreadsheets/Export?planId={planId}&amp;format=xlsx",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"/Admin/Spreadsheets/Import?planId={planId}",
            html,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        "xlsx",
        PlanExporter.WorkbookContentType,
        "north-somerset-local-area-send-improvement-plan.xlsx"
    )]
    [InlineData(
        "actions-csv",
        PlanExporter.CsvContentType,
        "north-somerset-local-area-send-improvement-plan-actions.csv"
    )]
    public async Task Export_downloads_the_plan_as_a_file(
        string format,
        string contentType,
        string fileName
    )
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.BoardMember);

        using var response = await client.GetAsync(
            $"/Admin/Spreadsheets/Export?planId={planId}&format={format}"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Import_page_labels_its_file_input()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);

        var html = await client.GetStringAsync($"/Admin/Spreadsheets/Import?planId={planId}");

        Assert.Matches("<label for=\"Input_File\">Spreadsheet", html);
        Assert.Contains("id=\"Input_File\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_an_edited_workbook_previews_the_change_and_apply_writes_it()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);
        var workbook = await client.GetByteArrayAsync(
            $"/Admin/Spreadsheets/Export?planId={planId}&format=xlsx"
        );
        var edited = WorkbookEditor.SetCell(
            workbook,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Rag,
            c => c[1] == "1.2",
            "Not on track"
        );
        var url = $"/Admin/Spreadsheets/Import?planId={planId}";

        var preview = await UploadAsync(client, url, "plan.xlsx", edited);

        Assert.Contains("0 new, 1 changed and", preview, StringComparison.Ordinal);
        Assert.Contains("<td>Not on track</td>", preview, StringComparison.Ordinal);
        var token = TokenPattern().Match(preview).Groups[1].Value;
        using var applied = await client.PostAsync(
            $"/Admin/Spreadsheets/Import?planId={planId}&handler=Apply",
            new FormUrlEncodedContent([
                new("Input.Token", token),
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(preview)),
            ])
        );
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var contexts = _host.Service<IDbContextFactory<PartnershipDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(
            Rag.NotOnTrack,
            await db
                .Actions.Where(a => a.Ref == "1.2" && a.Area!.PlanId == planId)
                .Select(a => a.CurrentRag)
                .SingleAsync()
        );
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_the_reason()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);

        var html = await UploadAsync(
            client,
            $"/Admin/Spreadsheets/Import?planId={planId}",
            "notes.txt",
            "hello"u8.ToArray()
        );

        Assert.Contains(
            "&#x27;notes.txt&#x27; is not an .xlsx or .csv file.",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("handler=Apply", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_listed_with_its_row_and_column_and_no_apply_button()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);
        var csv = await client.GetByteArrayAsync(
            $"/Admin/Spreadsheets/Export?planId={planId}&format=actions-csv"
        );
        var edited = WorkbookEditor.SetCsvCell(
            csv,
            PlanSheetLayout.Rag,
            c => c[1] == "1.1",
            "Sort of"
        );

        var html = await UploadAsync(
            client,
            $"/Admin/Spreadsheets/Import?planId={planId}",
            "actions.csv",
            edited
        );

        Assert.Contains("1 errors.", html, StringComparison.Ordinal);
        Assert.Matches(
            "<tr class=\"error\"><td>Actions</td><td>2</td><td>RAG</td><td>&#x27;Sort of&#x27; is not a RAG status",
            html
        );
        Assert.DoesNotContain("handler=Apply", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_with_the_limit()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);

        var html = await UploadAsync(
            client,
            $"/Admin/Spreadsheets/Import?planId={planId}",
            "big.csv",
            new byte[PlanUpload.MaxBytes + 1]
        );

        Assert.Contains("The file is larger than the 5 MB limit.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_with_an_unknown_token_writes_nothing_and_says_why()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);
        var url = $"/Admin/Spreadsheets/Import?planId={planId}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "&handler=Apply",
            new FormUrlEncodedContent([
                new("Input.Token", "forged"),
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            ])
        );

        Assert.Contains(
            "expired or was already applied",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Upload_without_an_antiforgery_token_is_refused()
    {
        var planId = await PlanIdAsync();
        using var client = _host.CreateClient(Role.Admin);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent([1]), "Input.File", "plan.csv" },
        };

        using var response = await client.PostAsync(
            $"/Admin/Spreadsheets/Import?planId={planId}&handler=Preview",
            content
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> UploadAsync(
        HttpClient client,
        string url,
        string fileName,
        byte[] file
    )
    {
        var page = await client.GetStringAsync(url);
        using var content = new MultipartFormDataContent
        {
            {
                new StringContent(AdminTestHost.AntiforgeryToken(page)),
                "__RequestVerificationToken"
            },
            { new ByteArrayContent(file), "Input.File", fileName },
        };
        using var response = await client.PostAsync(url + "&handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"Input.Token\" value=\"([0-9A-F]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _host.Dispose();
}
