using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Tests.Pages.Admin.MyActions;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Actions;

public sealed partial class ActionPagesTests(LeadFlowHost fixture) : IClassFixture<LeadFlowHost>
{
    [Fact]
    public async Task Index_filters_by_rag_and_pages()
    {
        await using var db = await fixture.OpenAsync();
        var notRated = await db.Actions.CountAsync(a => a.CurrentRag == Rag.NotRated);
        using var client = fixture.Host.CreateClient(Role.BoardMember);

        var html = await client.GetStringAsync("/Admin/Actions?rag=NotRated&size=100&sort=ref");

        Assert.Contains($"{notRated} matches", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(notRated, 100), ActionIdPattern().Matches(html).Count);
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_creates_an_action_and_sees_its_details()
    {
        await using var db = await fixture.OpenAsync();
        var areaId = await db.PlanAreas.Select(a => a.Id).FirstAsync();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var page = await client.GetStringAsync("/Admin/Actions/Create");

        using var response = await client.PostAsync(
            "/Admin/Actions/Create",
            Form(page, areaId, "99.9", "Run a test action", "May 27")
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Run a test action", details, StringComparison.Ordinal);
        Assert.Contains("May 2027", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_reference_is_reported_beside_the_field()
    {
        await using var db = await fixture.OpenAsync();
        var existing = await db.Actions.AsNoTracking().FirstAsync();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var page = await client.GetStringAsync("/Admin/Actions/Create");

        using var response = await client.PostAsync(
            "/Admin/Actions/Create",
            Form(page, existing.PlanAreaId, existing.Ref, "Same ref again", null)
        );

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            $"id=\"input-ref-error\">The plan area already has an action {existing.Ref}.",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "aria-describedby=\"input-ref-hint input-ref-error\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(">Same ref again</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_is_refused_with_the_reason_while_the_action_has_updates()
    {
        await using var db = await fixture.OpenAsync();
        var actionId = await db.ActionUpdates.Select(u => u.ActionId).FirstAsync();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Actions/Delete/{actionId}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent([
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
                new(
                    "Version",
                    Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value
                ),
            ])
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "progress updates",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.True(await db.Actions.AnyAsync(a => a.Id == actionId));
    }

    private static FormUrlEncodedContent Form(
        string page,
        Guid areaId,
        string reference,
        string description,
        string? due
    ) =>
        new([
            new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            new("Input.Version", "0"),
            new("Input.PlanAreaId", areaId.ToString()),
            new("Input.Ref", reference),
            new("Input.Description", description),
            new("Input.DueDate", due ?? ""),
        ]);

    [GeneratedRegex("data-action-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ActionIdPattern();
}
