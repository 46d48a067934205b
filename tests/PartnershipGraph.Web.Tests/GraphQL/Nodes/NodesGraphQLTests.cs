using System.Text;
using System.Text.Json;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Nodes;

public sealed class NodesGraphQLTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    [Fact]
    public async Task Reads_a_plan_and_a_school_again_by_their_global_ids()
    {
        var ids = await host.DataAsync(
            "{ plans(first: 1) { nodes { id title } } schools(first: 1) { nodes { id name } } }"
        );
        var plan = ids.GetProperty("plans").GetProperty("nodes")[0];
        var school = ids.GetProperty("schools").GetProperty("nodes")[0];
        var data = await host.DataAsync(
            """
            query($plan: ID!, $ids: [ID!]!) {
              node(id: $plan) { __typename id ... on Plan { title } }
              nodes(ids: $ids) { __typename ... on School { name } }
            }
            """,
            variables: new
            {
                plan = plan.GetProperty("id").GetString(),
                ids = new[] { school.GetProperty("id").GetString() },
            }
        );
        Assert.Equal("Plan", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(
            plan.GetProperty("title").GetString(),
            data.GetProperty("node").GetProperty("title").GetString()
        );
        Assert.Equal(
            school.GetProperty("name").GetString(),
            data.GetProperty("nodes")[0].GetProperty("name").GetString()
        );
    }

    [Fact]
    public async Task Answers_a_malformed_id_with_null_and_an_error()
    {
        var result = await host.QueryAsync("""{ node(id: "not-an-id") { id } }""");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal(
            "\"not-an-id\" is not a valid global ID.",
            result.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    [Fact]
    public async Task Answers_an_id_of_an_unknown_type_with_null_and_an_error()
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Spaceship:{Guid.NewGuid()}"));
        var result = await host.QueryAsync(
            "query($id: ID!) { node(id: $id) { id } }",
            variables: new { id }
        );
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Contains(
            "\"Spaceship\", which has no global IDs",
            result.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Answers_a_malformed_id_among_others_with_null_and_an_error_at_its_index()
    {
        var schools = await host.DataAsync("{ schools(first: 2) { nodes { id name } } }");
        var first = schools.GetProperty("schools").GetProperty("nodes")[0];
        var second = schools.GetProperty("schools").GetProperty("nodes")[1];
        var spaceship = Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"Spaceship:{Guid.NewGuid()}")
        );
        var result = await host.QueryAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on School { name } } }",
            variables: new
            {
                ids = new[]
                {
                    first.GetProperty("id").GetString(),
                    "not-an-id",
                    spaceship,
                    second.GetProperty("id").GetString(),
                },
            }
        );
        var nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal(
            first.GetProperty("name").GetString(),
            nodes[0].GetProperty("name").GetString()
        );
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal(
            second.GetProperty("name").GetString(),
            nodes[3].GetProperty("name").GetString()
        );
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(
            "\"not-an-id\" is not a valid global ID.",
            errors[0].GetProperty("message").GetString()
        );
        Assert.Equal("[\"nodes\",1]", errors[0].GetProperty("path").GetRawText());
        Assert.Contains(
            "\"Spaceship\", which has no global IDs",
            errors[1].GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal("[\"nodes\",2]", errors[1].GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Reads_a_kpi_node_with_its_milestones_and_computed_progress()
    {
        var kpis = await host.DataAsync(
            """{ kpis(where: { ref: { eq: "2.5-physio" } }) { nodes { id progressRag milestones { label } } } }"""
        );
        var kpi = kpis.GetProperty("kpis").GetProperty("nodes")[0];
        var data = await host.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Kpi { progressRag milestones { label } action { ref } } } }",
            variables: new { id = kpi.GetProperty("id").GetString() }
        );
        var node = data.GetProperty("node");
        Assert.Equal("MET", node.GetProperty("progressRag").GetString());
        Assert.Equal(
            kpi.GetProperty("milestones").GetArrayLength(),
            node.GetProperty("milestones").GetArrayLength()
        );
        Assert.Equal("2.5", node.GetProperty("action").GetProperty("ref").GetString());
    }
}
