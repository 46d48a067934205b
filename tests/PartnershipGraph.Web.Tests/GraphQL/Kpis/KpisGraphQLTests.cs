using System.Text.Json;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Kpis;

public sealed class KpisGraphQLTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    private const string KpiQuery = """
        query($ref: String!) {
          kpis(where: { ref: { eq: $ref } }) {
            nodes {
              ref progressRag progressExplanation
              latestActual { value }
              currentMilestone { label target { value } }
              nextMilestone { label }
              trajectory { label target actual }
              milestones { label }
            }
          }
        }
        """;

    [Fact]
    public async Task Computes_a_met_progress_rag_from_the_latest_actual()
    {
        var kpi = await KpiAsync("2.5-physio");
        Assert.Equal("MET", kpi.GetProperty("progressRag").GetString());
        Assert.StartsWith(
            "Latest actual",
            kpi.GetProperty("progressExplanation").GetString(),
            StringComparison.Ordinal
        );
        Assert.NotEqual(JsonValueKind.Null, kpi.GetProperty("latestActual").ValueKind);
    }

    [Fact]
    public async Task Computes_not_on_track_and_explains_how_far_off_it_is()
    {
        var kpi = await KpiAsync("2.4b");
        Assert.Equal("NOT_ON_TRACK", kpi.GetProperty("progressRag").GetString());
        Assert.Contains(
            "outside",
            kpi.GetProperty("progressExplanation").GetString(),
            StringComparison.Ordinal
        );
        Assert.NotEqual(JsonValueKind.Null, kpi.GetProperty("currentMilestone").ValueKind);
    }

    [Fact]
    public async Task Explains_why_a_kpi_without_actuals_is_not_rated_and_lists_its_trajectory()
    {
        var kpi = await KpiAsync("1.1");
        Assert.Equal("NOT_RATED", kpi.GetProperty("progressRag").GetString());
        Assert.Equal(
            "KPI 1.1 has no recorded actual with a figure, so no progress RAG is computed.",
            kpi.GetProperty("progressExplanation").GetString()
        );
        var trajectory = kpi.GetProperty("trajectory").EnumerateArray().ToList();
        Assert.Equal("Baseline", trajectory[0].GetProperty("label").GetString());
        Assert.Equal(kpi.GetProperty("milestones").GetArrayLength() + 1, trajectory.Count);
        Assert.Equal(80m, trajectory[^1].GetProperty("target").GetDecimal());
    }

    [Fact]
    public async Task Summarises_the_action_rags_of_an_area_a_plan_and_a_board()
    {
        var data = await host.DataAsync(
            """
            {
              planAreas(where: { number: { eq: 4 }, plan: { title: { startsWith: "North Somerset" } } }) {
                nodes { ragSummary { met onTrack partiallyMet notOnTrack notRated total } plan { ragSummary { total } } }
              }
              boards(where: { name: { eq: "SEND Improvement Board" } }) { nodes { ragSummary { total } } }
            }
            """
        );
        var area = data.GetProperty("planAreas").GetProperty("nodes")[0];
        var summary = area.GetProperty("ragSummary");
        Assert.Equal(
            [6, 2, 1, 1, 0, 10],
            new[] { "met", "onTrack", "partiallyMet", "notOnTrack", "notRated", "total" }.Select(
                n => summary.GetProperty(n).GetInt32()
            )
        );
        Assert.Equal(
            35,
            area.GetProperty("plan").GetProperty("ragSummary").GetProperty("total").GetInt32()
        );
        Assert.Equal(
            35,
            data.GetProperty("boards")
                .GetProperty("nodes")[0]
                .GetProperty("ragSummary")
                .GetProperty("total")
                .GetInt32()
        );
    }

    [Fact]
    public async Task Lists_actions_whose_officer_rag_differs_from_their_kpis()
    {
        var data = await host.DataAsync("{ ragMismatches { ref currentRag } }");
        var refs = data.GetProperty("ragMismatches")
            .EnumerateArray()
            .Select(a => a.GetProperty("ref").GetString())
            .ToList();
        Assert.Contains("2.4", refs);
        Assert.Contains("4.3", refs);
        Assert.DoesNotContain("1.1", refs);
    }

    private async Task<JsonElement> KpiAsync(string reference)
    {
        var data = await host.DataAsync(KpiQuery, variables: new { @ref = reference });
        var nodes = data.GetProperty("kpis").GetProperty("nodes");
        Assert.Equal(1, nodes.GetArrayLength());
        return nodes[0];
    }
}
