using System.Text.Json;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.GraphQL.Validation.Limits;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>The <c>GraphQL:Limits:MaxCost</c> setting replaces the engine's default cost limit, downwards and upwards.</summary>
public sealed class ConfiguredCostLimitTests
{
    // Under the default limit of 10,000; costs 1 + first × 13 (see CostLimitsTests): 66 for five plans, 651 for fifty; a variable costs the largest page.
    private const string PlansToMilestones = """
        {
          plans(first: FIRST, order: [{ title: ASC }]) {
            nodes {
              title
              areas { title actions { ref kpis { ref progressRag milestones { label dueDate { end } } } } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_lower_configured_limit_refuses_a_query_under_the_default_and_names_itself()
    {
        using var host = new GraphQLTestHost([(GraphQLHostingExtensions.MaxCostKey, "100")]);

        var cheap = await host.DataAsync(PlansToMilestones.Replace("FIRST", "5"), Role.BoardMember);
        var refused = await host.QueryAsync(
            PlansToMilestones.Replace("FIRST", "50"),
            Role.BoardMember
        );

        Assert.NotEmpty(cheap.GetProperty("plans").GetProperty("nodes").EnumerateArray());
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(CostRule.ErrorCode, extensions.GetProperty("code").GetString());
        Assert.Equal(100, extensions.GetProperty("limit").GetInt32());
        Assert.Equal(651, extensions.GetProperty("actual").GetInt64());
        Assert.Contains("maximum cost of 100", error.GetProperty("message").GetString());
        Assert.False(
            refused.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null
        );
    }

    [Fact]
    public async Task A_higher_configured_limit_admits_a_query_over_the_default()
    {
        // Twenty full pages cost 20 × 651 = 13,020, over the default of 10,000.
        var aliases = Enumerable
            .Range(1, 20)
            .Select(i =>
                $"p{i}: plans(first: $first, order: [{{ title: ASC }}]) {{ nodes {{ title areas {{ title actions {{ ref kpis {{ ref progressRag milestones {{ label dueDate {{ end }} }} }} }} }} }} }}"
            );
        var query = "query($first: Int) { " + string.Join(" ", aliases) + " }";
        using var strict = new GraphQLTestHost();
        using var relaxed = new GraphQLTestHost([(GraphQLHostingExtensions.MaxCostKey, "20000")]);

        var refused = await strict.QueryAsync(query, Role.BoardMember, new { first = 50 });
        var admitted = await relaxed.DataAsync(query, Role.BoardMember, new { first = 50 });

        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal(13_020, error.GetProperty("extensions").GetProperty("actual").GetInt64());
        Assert.NotEmpty(admitted.GetProperty("p20").GetProperty("nodes").EnumerateArray());
    }
}
