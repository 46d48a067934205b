using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed partial class ReadmeExamplesTests(GraphQLTestHost host)
    : IClassFixture<GraphQLTestHost>
{
    [Fact]
    public async Task The_board_member_example_lists_off_track_areas_with_their_kpi_progress()
    {
        var data = await host.DataAsync(Example("OffTrackAreas"), Role.BoardMember);
        var areas = data.GetProperty("planAreas").GetProperty("nodes").EnumerateArray().ToList();
        var area4 = Assert.Single(
            areas,
            a =>
                a.GetProperty("number").GetInt32() == 4
                && a.GetProperty("plan")
                    .GetProperty("title")
                    .GetString()!
                    .StartsWith("North Somerset", StringComparison.Ordinal)
        );
        Assert.Equal(1, area4.GetProperty("ragSummary").GetProperty("notOnTrack").GetInt32());
        var actions = area4.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(
            actions,
            a =>
                Assert.Contains(
                    a.GetProperty("currentRag").GetString(),
                    new[] { "PARTIALLY_MET", "NOT_ON_TRACK" }
                )
        );
        Assert.Contains(
            actions.SelectMany(a => a.GetProperty("kpis").EnumerateArray()),
            k => k.GetProperty("progressExplanation").GetString()!.Length > 0
        );
    }

    [Fact]
    public async Task The_partner_example_pages_through_special_schools()
    {
        var query = Example("SpecialSchools");
        var first = (await host.DataAsync(query, Role.Partner)).GetProperty("schools");
        var total = first.GetProperty("totalCount").GetInt32();
        Assert.True(total > 2, $"Expected more than one page of special schools, found {total}.");
        var seen = Names(first);
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        while (first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            first = (await host.DataAsync(query, Role.Partner, new { after = cursor })).GetProperty(
                "schools"
            );
            seen.AddRange(Names(first));
            cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task The_area_lead_example_updates_an_action_of_their_area_once_and_then_is_stale()
    {
        // The example writes, so it runs on a database of its own.
        using var writable = new GraphQLTestHost();
        Guid personId,
            localAreaId;
        PlanAction action;
        await using (
            var db = await writable
                .Service<IDbContextFactory<PartnershipDbContext>>()
                .CreateDbContextAsync()
        )
        {
            var lead = await db
                .PlanAreaLeads.Where(l => l.PersonId != null && l.Area!.Actions.Any())
                .Select(l => new
                {
                    l.PersonId,
                    l.PlanAreaId,
                    l.Area!.Plan!.LocalAreaId,
                })
                .FirstAsync();
            (personId, localAreaId) = (lead.PersonId!.Value, lead.LocalAreaId);
            action = await db.Actions.FirstAsync(a => a.PlanAreaId == lead.PlanAreaId);
        }
        var variables = new
        {
            actionId = GlobalId.Encode("Action", action.Id),
            version = action.Version,
        };
        using var client = writable.CreateClient(Role.AreaLead, localAreaId);
        client.DefaultRequestHeaders.Add(GraphQLTestHost.PersonHeader, personId.ToString());

        var first = await RunAsync(client, Example("UpdateActionStatus"), variables);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("errors").ValueKind);
        Assert.Equal(action.Ref, first.GetProperty("action").GetProperty("ref").GetString());
        Assert.Equal(
            "PARTIALLY_MET",
            first.GetProperty("action").GetProperty("currentRag").GetString()
        );
        Assert.Equal(
            action.Version + 1,
            first.GetProperty("action").GetProperty("version").GetInt32()
        );
        Assert.StartsWith(
            "Two of the five",
            first.GetProperty("update").GetProperty("narrative").GetString(),
            StringComparison.Ordinal
        );

        var again = await RunAsync(client, Example("UpdateActionStatus"), variables);
        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal("ConcurrencyError", error.GetProperty("__typename").GetString());
        Assert.Equal(action.Version + 1, error.GetProperty("currentVersion").GetInt32());
    }

    private static async Task<JsonElement> RunAsync(
        HttpClient client,
        string query,
        object variables
    )
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty("updateActionStatus");
    }

    private static List<string> Names(JsonElement page) =>
        [
            .. page.GetProperty("nodes")
                .EnumerateArray()
                .Select(n => n.GetProperty("name").GetString()!),
        ];

    private static string Example(string operationName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            !File.Exists(Path.Combine(directory!.FullName, "README.md"))
            || !File.Exists(Path.Combine(directory.FullName, "PartnershipGraph.sln"))
        )
        {
            directory = directory.Parent;
        }
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md"));
        return GraphQLBlock()
            .Matches(readme)
            .Select(m => m.Groups[1].Value)
            .Single(q =>
                q.Contains($"query {operationName}", StringComparison.Ordinal)
                || q.Contains($"mutation {operationName}", StringComparison.Ordinal)
            );
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
