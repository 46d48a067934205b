using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.LocalAreas;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>The links from boards, schools and people into plans show only what the caller may read: with the North Somerset
/// plan unpublished and moved to a local area of its own, a partner and an actor scoped to North Somerset (where the
/// boards, schools and people that lead to it stay) see none of its rows, and a board member without a scope sees them.</summary>
public sealed class PlanLinksAccessTests : IClassFixture<PlanLinksAccessTests.HiddenPlanHost>
{
    private const string Hidden = "North Somerset Local Area - SEND Improvement Plan";

    private const string PlanTitles = "area { plan { title } }";

    private readonly HiddenPlanHost _fixture;

    public PlanLinksAccessTests(HiddenPlanHost fixture) => _fixture = fixture;

    public static TheoryData<string> Links =>
        new()
        {
            "{ boards(first: 50) { nodes { monitoredPlans { title } } } }",
            $"{{ schools(first: 50, where: {{ actionRoles: {{ any: true }} }}) {{ nodes {{ actionRoles {{ action {{ {PlanTitles} }} }} }} }} }}",
            $"{{ people(first: 50, where: {{ areaLeads: {{ any: true }} }}) {{ nodes {{ areaLeads {{ {PlanTitles} }} }} }} }}",
            $"{{ people(first: 50, where: {{ responsibilities: {{ any: true }} }}) {{ nodes {{ responsibilities {{ action {{ {PlanTitles} }} }} }} }} }}",
        };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task A_board_member_without_a_scope_follows_the_link_into_every_plan(string query)
    {
        var titles = Titles(await _fixture.Host.DataAsync(query, Role.BoardMember));
        Assert.Contains(titles, IsHidden);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task A_partner_follows_the_link_only_into_published_plans(string query)
    {
        var titles = Titles(await _fixture.Host.DataAsync(query, Role.Partner));
        Assert.DoesNotContain(titles, IsHidden);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task Anonymous_callers_follow_the_link_only_into_published_plans(string query)
    {
        var titles = Titles(await _fixture.AnonymousHost.DataAsync(query, role: null));
        Assert.DoesNotContain(titles, IsHidden);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task An_actor_scoped_to_a_local_area_follows_the_link_only_into_its_plans(
        string query
    )
    {
        var titles = Titles(
            await _fixture.Host.DataAsync(query, Role.BoardMember, localAreaId: _fixture.Home)
        );
        var parents = await _fixture.Host.DataAsync(
            "{ boards { totalCount } schools { totalCount } people { totalCount } }",
            Role.BoardMember,
            localAreaId: _fixture.Home
        );
        Assert.DoesNotContain(titles, IsHidden);
        Assert.All(
            parents.EnumerateObject(),
            p => Assert.True(p.Value.GetProperty("totalCount").GetInt32() > 0, p.Name)
        );
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(null)]
    public async Task A_board_shows_its_published_plans_to_partners_and_anonymous_callers(
        Role? role
    )
    {
        var host = role is null ? _fixture.AnonymousHost : _fixture.Host;
        var titles = Titles(
            await host.DataAsync(
                "{ boards(first: 50) { nodes { monitoredPlans { title } } } }",
                role
            )
        );
        Assert.Contains(titles, t => !IsHidden(t));
    }

    [Theory]
    [InlineData("boards", "{ monitoredPlans: { some: { title: { startsWith: $title } } } }")]
    [InlineData(
        "schools",
        "{ actionRoles: { some: { action: { area: { plan: { title: { startsWith: $title } } } } } } }"
    )]
    [InlineData(
        "people",
        "{ areaLeads: { some: { area: { plan: { title: { startsWith: $title } } } } } }"
    )]
    [InlineData(
        "people",
        "{ responsibilities: { some: { action: { area: { plan: { title: { startsWith: $title } } } } } } }"
    )]
    public async Task A_filter_over_a_link_sees_only_what_the_caller_may_read(
        string connection,
        string where
    )
    {
        var query = $"query($title: String) {{ {connection}(where: {where}) {{ totalCount }} }}";
        async Task<int> CountAsync(Role role, Guid? scope = null) =>
            (await _fixture.Host.DataAsync(query, role, new { title = Hidden }, scope))
                .GetProperty(connection)
                .GetProperty("totalCount")
                .GetInt32();
        Assert.True(await CountAsync(Role.BoardMember) > 0);
        Assert.Equal(0, await CountAsync(Role.Partner));
        Assert.Equal(0, await CountAsync(Role.BoardMember, _fixture.Home));
    }

    [Fact]
    public async Task Node_and_nodes_hide_what_the_links_hide()
    {
        var boards = await _fixture.Host.DataAsync(
            $$"""{ boards(first: 50, where: { monitoredPlans: { some: { title: { startsWith: "{{Hidden}}" } } } }) { nodes { id } } }"""
        );
        var id = boards.GetProperty("boards").GetProperty("nodes")[0].GetProperty("id").GetString();
        const string query = """
            query($id: ID!) {
              node(id: $id) { ...Plans }
              nodes(ids: [$id]) { ...Plans }
            }
            fragment Plans on Board { monitoredPlans { title } }
            """;
        var boardMember = Titles(
            await _fixture.Host.DataAsync(query, Role.BoardMember, new { id })
        );
        var partner = await _fixture.Host.DataAsync(query, Role.Partner, new { id });
        Assert.Equal(2, boardMember.Count(IsHidden));
        Assert.Equal(JsonValueKind.Object, partner.GetProperty("node").ValueKind);
        Assert.DoesNotContain(Titles(partner), IsHidden);
    }

    private static bool IsHidden(string title) =>
        title.StartsWith(Hidden, StringComparison.Ordinal);

    private static List<string> Titles(JsonElement element)
    {
        var titles = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        if (property.Name == "title" && property.Value.GetString() is { } title)
                        {
                            titles.Add(title);
                        }
                        else
                        {
                            Walk(property.Value);
                        }
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }
                    break;
            }
        }
        Walk(element);
        return titles;
    }

    /// <summary>Hosts whose North Somerset plan is unpublished and belongs to a local area of its own; the second admits anonymous callers.</summary>
    public sealed class HiddenPlanHost : IAsyncLifetime
    {
        public GraphQLTestHost Host { get; } = new();

        public GraphQLTestHost AnonymousHost { get; } = new([("Api:AllowAnonymous", "true")]);

        /// <summary>The sample's local area, where the boards, schools and people stay.</summary>
        public Guid Home { get; private set; }

        public async Task InitializeAsync()
        {
            foreach (var host in new[] { AnonymousHost, Host })
            {
                await host.DataAsync("{ __typename }");
                var factory = host.Service<IDbContextFactory<PartnershipDbContext>>();
                await using var db = await factory.CreateDbContextAsync();
                var plan = await db.Plans.SingleAsync(p => p.Title.StartsWith(Hidden));
                Home = plan.LocalAreaId; // of Host, last: each host has its own database
                var elsewhere = new LocalArea { Name = "Elsewhere" };
                db.LocalAreas.Add(elsewhere);
                plan.LocalAreaId = elsewhere.Id;
                plan.IsPublished = false;
                await db.SaveChangesAsync();
            }
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            AnonymousHost.Dispose();
            return Task.CompletedTask;
        }
    }
}
