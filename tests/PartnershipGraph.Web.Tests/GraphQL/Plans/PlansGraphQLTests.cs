using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Plans;

public sealed class PlansGraphQLTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    [Fact]
    public async Task Reads_plans_with_their_areas_actions_kpis_and_milestones()
    {
        var data = await host.DataAsync(
            """
            {
              plans(where: { title: { startsWith: "North Somerset" } }) {
                totalCount
                nodes {
                  id
                  title
                  areas(order: [{ number: ASC }]) {
                    number
                    title
                    actions { ref currentRag kpis { ref milestones { label target { value } } } }
                  }
                }
              }
            }
            """
        );
        var plans = data.GetProperty("plans");
        Assert.Equal(1, plans.GetProperty("totalCount").GetInt32());
        var plan = plans.GetProperty("nodes")[0];
        Assert.Equal(
            "North Somerset Local Area - SEND Improvement Plan",
            plan.GetProperty("title").GetString()
        );
        var areas = plan.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(1, areas[0].GetProperty("number").GetInt32());
        Assert.Equal(7, areas[0].GetProperty("actions").GetArrayLength());
        Assert.Contains(
            areas.SelectMany(a => a.GetProperty("actions").EnumerateArray()),
            a =>
                a.GetProperty("kpis")
                    .EnumerateArray()
                    .Any(k => k.GetProperty("milestones").GetArrayLength() > 0)
        );
    }

    [Fact]
    public async Task Pages_plans_with_cursors()
    {
        var first = await host.DataAsync(
            "{ plans(first: 1, order: [{ title: ASC }]) { pageInfo { hasNextPage endCursor } nodes { title } } }"
        );
        var page = first.GetProperty("plans");
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await host.DataAsync(
            "query($after: String) { plans(first: 1, after: $after, order: [{ title: ASC }]) { nodes { title } } }",
            variables: new { after = cursor }
        );
        Assert.NotEqual(
            page.GetProperty("nodes")[0].GetProperty("title").GetString(),
            second.GetProperty("plans").GetProperty("nodes")[0].GetProperty("title").GetString()
        );
    }
}
