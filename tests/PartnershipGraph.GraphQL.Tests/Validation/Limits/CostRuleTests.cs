using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation.Limits;
using static PartnershipGraph.GraphQL.Tests.Validation.Limits.LimitsTestSchema;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

public class CostRuleTests
{
    private static readonly CostRule Rule = new();

    [Theory]
    [InlineData("{ plan { title } }", 2)]
    [InlineData("{ plan { title tags } }", 3)]
    // A page of 5: the connection's fields cost 5 times, `nodes` is the page, not a list of 10 more.
    [InlineData("{ plans(first: 5) { nodes { title } } }", 11)]
    [InlineData("{ plans(last: 5) { edges { cursor node { title } } } }", 21)]
    [InlineData("{ plans(first: 5) { totalCount nodes { title areas { title } } } }", 71)]
    // No page size: the assumed list size, 10.
    [InlineData("{ plans { nodes { id } } }", 21)]
    // first and last together: the larger.
    [InlineData("{ plans(first: 2, last: 3) { nodes { id } } }", 7)]
    [InlineData("{ plans(first: 0) { nodes { id } } }", 1)]
    // The argument's default value.
    [InlineData("{ people { name } }", 6)]
    [InlineData("{ people(take: 2) { name manager { name } } }", 7)]
    // A plain list: the assumed size; a list with listSize metadata: that size.
    [InlineData("{ plan { areas { title } } }", 12)]
    [InlineData("{ plan { areas { actions { ref } } } }", 52)]
    // cost metadata; defaultPageSize metadata.
    [InlineData("{ report }", 50)]
    [InlineData("{ capped { nodes { id } } }", 7)]
    // Introspection: __typename is free, __schema and __type cost 1 whatever they select.
    [InlineData("{ __typename }", 0)]
    [InlineData(
        "{ __schema { types { name fields { name args { name } } } } __type(name: \"Plan\") { name } }",
        2
    )]
    // Abstract types: the fields of every branch.
    [InlineData(
        "{ find(term: \"x\") { __typename ... on Plan { title } ... on Person { name } } }",
        21
    )]
    public void Computes_the_cost_of_an_operation(string document, long expected)
    {
        AssertValidDocument(document);

        Assert.Equal(expected, Measure(Rule, document));
    }

    [Fact]
    public void Assumes_the_largest_page_for_a_variable_page_size()
    {
        const string document = "query ($n: Int) { plans(first: $n) { nodes { id } } }";
        AssertValidDocument(document);

        Assert.Equal(101, Measure(Rule, document));
        Assert.Equal(21, Measure(new CostRule(maxPageSize: 10), document));
    }

    [Fact]
    public void Assumes_the_fields_own_largest_page_from_its_metadata()
    {
        const string document = "query ($n: Int) { capped(first: $n) { nodes { id } } }";
        AssertValidDocument(document);

        Assert.Equal(41, Measure(Rule, document));
    }

    [Fact]
    public void Costs_fragments_as_their_fields_inside_and_outside_pages()
    {
        const string inline =
            "{ plans(first: 5) { nodes { title areas { title } } } plan { areas { title } } }";
        const string spread = """
            { plans(first: 5) { ...Page } plan { ...Areas } }
            fragment Page on PlanConnection { nodes { title ...Areas } }
            fragment Areas on Plan { areas { title } }
            """;
        AssertValidDocument(inline);
        AssertValidDocument(spread);

        Assert.Equal(Measure(Rule, inline), Measure(Rule, spread));
    }

    [Fact]
    public void A_spread_directly_in_a_page_is_part_of_the_page()
    {
        const string document = """
            { plans(first: 5) { ...Nodes } plan { areas { title } } }
            fragment Nodes on PlanConnection { nodes { id } }
            """;
        AssertValidDocument(document);

        Assert.Equal(11 + 12, Measure(Rule, document));
    }

    [Fact]
    public void Ends_on_a_fragment_cycle() =>
        Assert.Equal(
            3,
            Measure(
                Rule,
                """
                { plan { ...A } }
                fragment A on Plan { lead { ...B } }
                fragment B on Person { manager { ...B } }
                """
            )
        );

    private const string Seventy1 =
        "{ plans(first: 5) { totalCount nodes { title areas { title } } } }";

    [Theory]
    [InlineData(71)]
    [InlineData(72)]
    public void Allows_an_operation_at_or_under_the_limit(int maxCost) =>
        Assert.Empty(Validate(new CostRule(maxCost), Seventy1));

    [Fact]
    public void Rejects_an_operation_over_the_limit() =>
        AssertLimitError(
            Validate(new CostRule(70), Seventy1),
            "The query costs 71, more than the maximum cost of 70.",
            "MAX_COST_EXCEEDED",
            70,
            71
        );

    [Fact]
    public void Allows_two_full_pages_but_not_four_with_the_default_limits()
    {
        const string page = "plans(first: $n) { nodes { title areas { title actions { ref } } } }";
        var two = $"query ($n: Int) {{ a: {page} b: {page} }}";
        var four = $"query ($n: Int) {{ a: {page} b: {page} c: {page} d: {page} }}";
        AssertValidDocument(four);

        // A page: 1 + 50 × (nodes 1 + title 1 + areas (1 + 10 × (title 1 + actions (1 + 4 × 1)))) = 3151.
        Assert.Equal(2 * 3151, Measure(Rule, two));
        Assert.Empty(Validate(Rule, two));
        AssertLimitError(
            Validate(Rule, four),
            "The query costs 12604, more than the maximum cost of 10000.",
            "MAX_COST_EXCEEDED",
            10_000,
            12604
        );
    }

    [Fact]
    public void Stops_a_fragment_bomb_without_expanding_it()
    {
        var errors = Validate(new CostRule(10_000), FragmentBomb(40));

        AssertLimitError(
            errors,
            "The query costs 1099511627777, more than the maximum cost of 10000.",
            "MAX_COST_EXCEEDED",
            10_000,
            1099511627777
        );
    }

    [Fact]
    public void Saturates_instead_of_overflowing()
    {
        const string document =
            "{ p: plans(first: 2147483647) { nodes { areas { actions { ref } } } } }";

        Assert.Equal(long.MaxValue, Measure(new CostRule(assumedListSize: int.MaxValue), document));
    }

    [Fact]
    public void Refuses_a_limit_under_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostRule(0));

    private static long Measure(CostRule rule, string document)
    {
        var parsed = Parser.Parse(document);
        return rule.Measure(Schema, parsed, OperationOf(parsed));
    }

    private static OperationDefinitionNode OperationOf(DocumentNode document) =>
        document.Definitions.OfType<OperationDefinitionNode>().Single();
}
