using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed class ConnectionsTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    [Theory]
    [InlineData("localAreas", "name")]
    [InlineData("organisations", "name")]
    [InlineData("people", "name")]
    [InlineData("boards", "name")]
    [InlineData("schools", "name")]
    [InlineData("plans", "title")]
    [InlineData("planAreas", "title")]
    [InlineData("actions", "ref")]
    [InlineData("kpis", "ref")]
    [InlineData("kpiMilestones", "label")]
    public async Task Each_connection_pages_its_rows_with_global_ids(string field, string member)
    {
        var data = await host.DataAsync(
            $"{{ {field}(first: 1) {{ totalCount pageInfo {{ hasNextPage }} edges {{ cursor }} nodes {{ id {member} }} }} }}"
        );
        var connection = data.GetProperty(field);
        Assert.True(connection.GetProperty("totalCount").GetInt32() > 1);
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(1, connection.GetProperty("nodes").GetArrayLength());
        Assert.All(
            connection.GetProperty("nodes").EnumerateArray(),
            n => Assert.False(string.IsNullOrEmpty(n.GetProperty("id").GetString()))
        );
    }

    [Fact]
    public async Task Filters_and_orders_schools()
    {
        var data = await host.DataAsync(
            """
            {
              schools(first: 50, where: { phase: { eq: SPECIAL } }, order: [{ name: DESC }]) {
                nodes { name phase }
              }
            }
            """,
            Role.Partner
        );
        var names = data.GetProperty("schools")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("name").GetString()!)
            .ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Refuses_a_page_larger_than_the_cap_with_an_error_naming_the_argument()
    {
        var result = await host.QueryAsync("{ schools(first: 500) { totalCount } }");
        Assert.Contains(
            "first",
            result.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Refuses_a_query_nested_deeper_than_the_depth_limit()
    {
        var nested =
            string.Concat(Enumerable.Repeat("parentBoard { ", 20)) + "name" + new string('}', 20);
        var result = await host.QueryAsync($"{{ boards {{ nodes {{ {nested} }} }} }}");
        Assert.False(result.TryGetProperty("data", out _));
        Assert.Contains(
            "depth",
            result.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.OrdinalIgnoreCase
        );
    }
}
