using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipGraph.Domain.Access;

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
            .Single(q => q.Contains($"query {operationName}", StringComparison.Ordinal));
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
