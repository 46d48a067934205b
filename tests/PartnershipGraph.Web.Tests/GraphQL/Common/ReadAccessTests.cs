using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>The read rules, with the Portsmouth strategy unpublished.</summary>
public sealed class ReadAccessTests : IClassFixture<ReadAccessTests.UnpublishedHost>
{
    private const string Hidden = "Strategy to reduce time lost from school";

    private readonly GraphQLTestHost _host;

    public ReadAccessTests(UnpublishedHost fixture) => _host = fixture.Host;

    [Theory]
    [InlineData(Role.Admin, 2)]
    [InlineData(Role.BoardMember, 2)]
    [InlineData(Role.AreaLead, 2)]
    [InlineData(Role.Partner, 1)]
    public async Task Only_roles_that_read_unpublished_plans_see_the_unpublished_one(
        Role role,
        int plans
    )
    {
        var data = await _host.DataAsync("{ plans { totalCount } }", role);
        Assert.Equal(plans, data.GetProperty("plans").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("planAreas")]
    [InlineData("actions")]
    [InlineData("kpis")]
    [InlineData("kpiMilestones")]
    public async Task A_partner_sees_nothing_that_hangs_under_an_unpublished_plan(string field)
    {
        var boardMember = await CountAsync(field, Role.BoardMember);
        var partner = await CountAsync(field, Role.Partner);
        Assert.True(
            partner < boardMember,
            $"{field}: partner {partner}, board member {boardMember}."
        );
    }

    [Fact]
    public async Task A_partner_cannot_read_an_unpublished_plan_by_its_id()
    {
        var all = await _host.DataAsync(
            $$"""{ plans(where: { title: { startsWith: "{{Hidden}}" } }) { nodes { id } } }"""
        );
        var id = all.GetProperty("plans").GetProperty("nodes")[0].GetProperty("id").GetString();
        const string query = "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }";
        var boardMember = await _host.DataAsync(query, Role.BoardMember, new { id });
        var partner = await _host.DataAsync(query, Role.Partner, new { id });
        Assert.Equal(JsonValueKind.Object, boardMember.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("nodes")[0].ValueKind);
    }

    [Fact]
    public async Task An_actor_scoped_to_another_local_area_sees_no_plans_or_schools()
    {
        var data = await _host.DataAsync(
            "{ plans { totalCount } schools { totalCount } localAreas { totalCount } }",
            Role.BoardMember,
            localAreaId: Guid.NewGuid()
        );
        Assert.Equal(0, data.GetProperty("plans").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("schools").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("localAreas").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Refuses_anonymous_callers_with_401_by_default()
    {
        using var client = _host.CreateClient(role: null);
        using var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query = "{ plans { totalCount } }" }
        );
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(
            "needs an API key",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Serves_anonymous_callers_published_plans_when_allowed()
    {
        using var host = new GraphQLTestHost([("Api:AllowAnonymous", "true")]);
        var data = await host.DataAsync("{ plans { nodes { isPublished } } }", role: null);
        Assert.All(
            data.GetProperty("plans").GetProperty("nodes").EnumerateArray(),
            p => Assert.True(p.GetProperty("isPublished").GetBoolean())
        );
    }

    private async Task<int> CountAsync(string field, Role role)
    {
        var data = await _host.DataAsync($"{{ {field} {{ totalCount }} }}", role);
        return data.GetProperty(field).GetProperty("totalCount").GetInt32();
    }

    /// <summary>A host whose Portsmouth strategy is not published.</summary>
    public sealed class UnpublishedHost : IAsyncLifetime
    {
        public GraphQLTestHost Host { get; } = new();

        public async Task InitializeAsync()
        {
            await Host.DataAsync("{ __typename }");
            var factory = Host.Service<IDbContextFactory<PartnershipDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            await db
                .Plans.Where(p => p.Title.StartsWith(Hidden))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false));
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }
}
