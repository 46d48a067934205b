using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation.Limits;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed partial class CostLimitsTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    // The SQL-count test's five levels, plans to milestones, with the largest page a variable can ask for.
    private const string PlansToMilestones = """
        query($first: Int) {
          plans(first: $first, order: [{ title: ASC }]) {
            nodes {
              title
              areas { title actions { ref kpis { ref progressRag milestones { label dueDate { end } } } } }
            }
          }
        }
        """;

    [Theory]
    [InlineData("OffTrackAreas")]
    [InlineData("SpecialSchools")]
    [InlineData("UpdateActionStatus")]
    public void The_readme_examples_cost_less_than_the_limit(string operationName)
    {
        var cost = Measure(ReadmeExample(operationName));

        Assert.InRange(cost, 1, GraphQLLimits.DefaultMaxCost);
    }

    [Fact]
    public void The_plans_to_milestones_query_costs_its_nested_collections_once_per_plan()
    {
        // plans 1 + 50 × (nodes 1 + title 1 + areas 1 + area title 1 + actions 1 + ref 1 + kpis 1 + ref 1
        // + progressRag 1 + milestones 1 + label 1 + dueDate 2): the collections do not multiply.
        Assert.Equal(1 + 50 * 13, Measure(PlansToMilestones));
    }

    [Fact]
    public async Task The_plans_to_milestones_query_runs_under_the_limit()
    {
        var data = await host.DataAsync(PlansToMilestones, Role.BoardMember, new { first = 50 });

        Assert.NotEmpty(data.GetProperty("plans").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task The_board_member_readme_example_is_accepted()
    {
        var data = await host.DataAsync(ReadmeExample("OffTrackAreas"), Role.BoardMember);

        Assert.NotEmpty(data.GetProperty("planAreas").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Aliased_full_pages_are_refused_naming_the_limit()
    {
        var aliases = Enumerable
            .Range(1, 30)
            .Select(i =>
                $"p{i}: plans(first: 50) {{ nodes {{ id title areas {{ title actions {{ ref currentRag kpis {{ ref progressRag }} }} }} }} }}"
            );
        var query = "{ " + string.Join(" ", aliases) + " }";
        Assert.Equal(30 * (1 + 50 * 11), Measure(query));

        var result = await host.QueryAsync(query, Role.BoardMember);

        Assert.False(
            result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null
        );
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(CostRule.ErrorCode, extensions.GetProperty("code").GetString());
        Assert.Equal(GraphQLLimits.DefaultMaxCost, extensions.GetProperty("limit").GetInt32());
        Assert.Equal(30 * (1 + 50 * 11), extensions.GetProperty("actual").GetInt64());
        Assert.Contains("maximum cost of 10000", error.GetProperty("message").GetString());
    }

    private static long Measure(string document)
    {
        var parsed = Parser.Parse(document);
        return new CostRule().Measure(
            PartnershipSchema.Build(),
            parsed,
            parsed.Definitions.OfType<OperationDefinitionNode>().Single()
        );
    }

    private static string ReadmeExample(string operationName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "PartnershipGraph.sln")))
        {
            directory = directory.Parent;
        }
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md"));
        return Assert
            .Single(
                GraphQLBlock().Matches(readme),
                m => m.Groups[1].Value.Contains($" {operationName}", StringComparison.Ordinal)
            )
            .Groups[1]
            .Value;
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
