using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.Tests.Pages.Admin.MyActions;

public sealed class UpdateTests(LeadFlowHost fixture) : IClassFixture<LeadFlowHost>
{
    [Fact]
    public async Task Update_is_recorded_shown_in_the_history_and_read_through_graphql()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = actionIds.Order().First();
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";
        var form = await client.GetStringAsync(url);
        Assert.Contains("<legend>RAG status</legend>", form, StringComparison.Ordinal);
        Assert.Contains("KPIs: computed progress", form, StringComparison.Ordinal);

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent(
                Fields(form, Rag.PartiallyMet, "Recruited two of three caseworkers.")
            )
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync(url);
        Assert.Contains("Update recorded", after, StringComparison.Ordinal);
        Assert.Contains("Recruited two of three caseworkers.", after, StringComparison.Ordinal);
        using var admin = fixture.Host.CreateClient(Role.Admin);
        using var graphql = await admin.PostAsJsonAsync(
            "/graphql",
            new
            {
                query = "query ($id: ID!) { node(id: $id) { ... on Action { currentRag updates { narrative } } } }",
                variables = new { id = GlobalId.Encode("Action", actionId) },
            }
        );
        var node = JsonDocument
            .Parse(await graphql.Content.ReadAsStringAsync())
            .RootElement.GetProperty("data")
            .GetProperty("node");
        Assert.Equal("PARTIALLY_MET", node.GetProperty("currentRag").GetString());
        Assert.Contains(
            node.GetProperty("updates").EnumerateArray(),
            u => u.GetProperty("narrative").GetString() == "Recruited two of three caseworkers."
        );
    }

    [Fact]
    public async Task Stale_update_is_refused_showing_the_other_change_and_keeping_the_typed_text()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = actionIds.Order().Last();
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";
        var form = await client.GetStringAsync(url);
        var version = await VersionAsync(actionId);
        var other = await fixture
            .Host.Service<ActionService>()
            .UpdateStatusAsync(
                new Actor("Other Officer", Role.Admin),
                actionId,
                Rag.NotOnTrack,
                "Panel postponed to next month.",
                version,
                CancellationToken.None
            );
        Assert.True(other.Succeeded);

        var fields = Fields(form, Rag.OnTrack, "My typed narrative & notes.");
        using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else updated this action", html, StringComparison.Ordinal);
        Assert.Contains("Other Officer", html, StringComparison.Ordinal);
        Assert.Contains("Panel postponed to next month.", html, StringComparison.Ordinal);
        Assert.Contains("data-rag=\"NotOnTrack\"", html, StringComparison.Ordinal);
        Assert.Contains(
            ">My typed narrative &amp; notes.</textarea>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("value=\"OnTrack\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Equal(version + 1, await VersionAsync(actionId));

        using var retry = await client.PostAsync(
            url,
            new FormUrlEncodedContent(Fields(html, Rag.OnTrack, "My typed narrative & notes."))
        );
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task Stale_update_after_a_details_edit_says_the_details_changed()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = actionIds.Order().Skip(2).First();
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";
        var form = await client.GetStringAsync(url);
        await using (var db = await fixture.OpenAsync())
        {
            var action = await db.Actions.SingleAsync(a => a.Id == actionId);
            action.Notes = "Edited meanwhile.";
            action.Version++;
            await db.SaveChangesAsync();
        }

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent(Fields(form, Rag.Met, "Typed before the edit."))
        );

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("changed the action's details", html, StringComparison.Ordinal);
        Assert.Contains(">Typed before the edit.</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_rag_is_reported_in_the_fieldset()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = actionIds.Order().First();
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";
        var form = await client.GetStringAsync(url);
        var fields = Fields(form, Rag.Met, "No RAG chosen.").Where(f => f.Key != "Input.Rag");

        using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"rag-error\">Choose a RAG status.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"rag-hint rag-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_the_lead_may_not_change_is_refused_with_403()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = await fixture.ActionNotLedByAsync(actionIds);
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";

        using var get = await client.GetAsync(url);
        var page = await get.Content.ReadAsStringAsync();
        using var post = await client.PostAsync(
            url,
            new FormUrlEncodedContent(Fields(page, Rag.Met, "Not mine."))
        );

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Contains("You cannot update this action", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<legend>RAG status</legend>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains(
            "An area lead may change only actions in areas they lead",
            await post.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Narrative_too_long_is_reported_beside_the_field()
    {
        var (personId, actionIds) = await fixture.AreaLeadAsync();
        var actionId = actionIds.Order().Skip(1).First();
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);
        var url = $"/Admin/MyActions/Update/{actionId}";
        var form = await client.GetStringAsync(url);
        var before = await VersionAsync(actionId);

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent(Fields(form, Rag.OnTrack, new string('x', 4001)))
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "<p class=\"field-error\" id=\"narrative-error\">Narrative must be at most 4000 characters.</p>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "aria-describedby=\"narrative-hint narrative-error\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Equal(before, await VersionAsync(actionId));
    }

    private async Task<int> VersionAsync(Guid actionId)
    {
        await using var db = await fixture.OpenAsync();
        return await db.Actions.Where(a => a.Id == actionId).Select(a => a.Version).SingleAsync();
    }

    private static List<KeyValuePair<string, string>> Fields(string page, Rag rag, string narrative)
    {
        var version = System.Text.RegularExpressions.Regex.Match(
            page,
            "name=\"Input.Version\" value=\"(\\d+)\""
        );
        var latest = System.Text.RegularExpressions.Regex.Match(
            page,
            "name=\"Input.LatestUpdateId\" value=\"([^\"]*)\""
        );
        return
        [
            new("Input.LatestUpdateId", latest.Success ? latest.Groups[1].Value : ""),
            new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            new("Input.Version", version.Success ? version.Groups[1].Value : "1"),
            new("Input.Rag", rag.ToString()),
            new("Input.Narrative", narrative),
        ];
    }
}
