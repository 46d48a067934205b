using System.Text;
using System.Text.Json;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>The <c>id</c> filters take the global IDs the <c>id</c> fields show.</summary>
public sealed class GlobalIdFiltersTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    [Fact]
    public async Task Filters_by_the_global_id_with_eq_neq_in_and_nin()
    {
        var all = Ids(await host.DataAsync("{ schools(first: 3) { totalCount nodes { id } } }"));
        var total = (await host.DataAsync("{ schools { totalCount } }"))
            .GetProperty("schools")
            .GetProperty("totalCount")
            .GetInt32();
        const string query = """
            query($id: ID, $ids: [ID]) {
              eq: schools(where: { id: { eq: $id } }) { totalCount nodes { id } }
              neq: schools(where: { id: { neq: $id } }) { totalCount }
              in: schools(where: { id: { in: $ids } }) { totalCount nodes { id } }
              nin: schools(where: { id: { nin: $ids } }) { totalCount }
            }
            """;
        var data = await host.DataAsync(query, variables: new { id = all[0], ids = all[1..] });
        Assert.Equal([all[0]], Ids(data, "eq"));
        Assert.Equal(total - 1, Count(data, "neq"));
        Assert.Equal(all[1..].Order(), Ids(data, "in").Order());
        Assert.Equal(total - 2, Count(data, "nin"));
    }

    [Fact]
    public async Task Filters_a_nested_object_by_its_global_id()
    {
        var plan = (await host.DataAsync("{ plans(first: 1) { nodes { id } } }"))
            .GetProperty("plans")
            .GetProperty("nodes")[0]
            .GetProperty("id")
            .GetString();
        var data = await host.DataAsync(
            "query($id: ID) { planAreas(first: 50, where: { plan: { id: { eq: $id } } }) { nodes { plan { id } } } }",
            variables: new { id = plan }
        );
        var areas = data.GetProperty("planAreas").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(areas);
        Assert.All(
            areas,
            a => Assert.Equal(plan, a.GetProperty("plan").GetProperty("id").GetString())
        );
    }

    [Theory]
    [InlineData("eq")]
    [InlineData("in")]
    public async Task Answers_a_malformed_global_id_with_an_error_naming_the_filter(
        string operation
    )
    {
        var value = operation == "in" ? "[\"not-an-id\"]" : "\"not-an-id\"";
        var result = await host.QueryAsync(
            $$"""{ schools(where: { id: { {{operation}}: {{value}} } }) { totalCount } }"""
        );
        Assert.Equal(
            JsonValueKind.Null,
            result.GetProperty("data").GetProperty("schools").ValueKind
        );
        Assert.Equal(
            $"The filter \"id.{operation}\" cannot be applied: \"not-an-id\" is not a valid global ID.",
            result.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    [Fact]
    public async Task Answers_the_global_id_of_another_type_with_an_error_naming_both_types()
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Plan:{Guid.NewGuid()}"));
        var result = await host.QueryAsync(
            "query($id: ID) { schools(where: { id: { eq: $id } }) { totalCount } }",
            variables: new { id }
        );
        Assert.Equal(
            $"The filter \"id.eq\" cannot be applied: \"{id}\" is the global ID of a Plan, not of a School.",
            result.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    private static string[] Ids(JsonElement data, string field = "schools") =>
        [
            .. data.GetProperty(field)
                .GetProperty("nodes")
                .EnumerateArray()
                .Select(n => n.GetProperty("id").GetString()!),
        ];

    private static int Count(JsonElement data, string field) =>
        data.GetProperty(field).GetProperty("totalCount").GetInt32();
}
