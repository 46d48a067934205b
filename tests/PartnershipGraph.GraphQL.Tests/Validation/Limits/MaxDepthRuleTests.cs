using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation.Limits;
using static PartnershipGraph.GraphQL.Tests.Validation.Limits.LimitsTestSchema;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

public class MaxDepthRuleTests
{
    private const string FourDeep = "{ plan { lead { manager { name } } } }";

    [Fact]
    public void The_test_documents_are_valid()
    {
        AssertValidDocument(FourDeep);
        AssertValidDocument(ThroughFragments);
        AssertValidDocument(IntrospectionOnly);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Allows_an_operation_at_or_under_the_limit(int maxDepth) =>
        Assert.Empty(Validate(new MaxDepthRule(maxDepth), FourDeep));

    [Fact]
    public void Rejects_an_operation_one_level_over_the_limit() =>
        AssertLimitError(
            Validate(new MaxDepthRule(3), FourDeep),
            "The query is 4 levels deep, more than the maximum depth of 3.",
            "MAX_DEPTH_EXCEEDED",
            3,
            4
        );

    private const string ThroughFragments = """
        query Q { plan { ...A } }
        fragment A on Plan { lead { ...B } }
        fragment B on Person { manager { ... on Person { name } } }
        """;

    [Fact]
    public void Counts_fields_through_fragments_but_not_the_fragments_themselves()
    {
        Assert.Empty(Validate(new MaxDepthRule(4), ThroughFragments));
        AssertLimitError(
            Validate(new MaxDepthRule(3), ThroughFragments),
            "The query is 4 levels deep, more than the maximum depth of 3.",
            "MAX_DEPTH_EXCEEDED",
            3,
            4
        );
    }

    [Fact]
    public void Ends_on_a_fragment_cycle_counting_one_pass()
    {
        const string cycle = """
            { plan { lead { ...B } } }
            fragment B on Person { manager { ...B } }
            """;

        Assert.Empty(Validate(new MaxDepthRule(3), cycle));
        Assert.Equal(
            "The query is 3 levels deep, more than the maximum depth of 2.",
            Assert.Single(Validate(new MaxDepthRule(2), cycle)).Message
        );
    }

    [Fact]
    public void Ends_on_a_mutual_fragment_cycle()
    {
        const string cycle = """
            { plan { lead { ...A } } }
            fragment A on Person { manager { ...B } }
            fragment B on Person { manager { ...A } }
            """;

        var document = Parser.Parse(cycle);

        Assert.Equal(4, MaxDepthRule.Measure(document, Operation(document)));
    }

    private const string IntrospectionOnly = """
        { __schema { types { fields { type { ofType { name } } } } } __type(name: "Plan") { fields { name } } }
        """;

    [Fact]
    public void Does_not_count_introspection_subtrees() =>
        Assert.Empty(Validate(new MaxDepthRule(1), IntrospectionOnly));

    [Fact]
    public void Names_the_operation_kind_and_locates_each_operation_over_the_limit() =>
        AssertLimitError(
            Validate(
                new MaxDepthRule(2),
                """
                query Shallow { plan { title } }
                mutation Deep { addPlan(title: "x") { lead { name } } }
                """
            ),
            "The mutation is 3 levels deep, more than the maximum depth of 2.",
            "MAX_DEPTH_EXCEEDED",
            2,
            3,
            line: 2
        );

    [Fact]
    public void Measures_a_long_chain_of_fragments_without_overflowing()
    {
        var lines = new List<string> { "{ plan { lead { ...F0 } } }" };
        for (var i = 0; i < 2000; i++)
        {
            lines.Add($"fragment F{i} on Person {{ manager {{ ...F{i + 1} }} }}");
        }
        lines.Add("fragment F2000 on Person { name }");

        var errors = Validate(new MaxDepthRule(10), string.Join("\n", lines));

        Assert.Equal(
            "The query is 2003 levels deep, more than the maximum depth of 10.",
            Assert.Single(errors).Message
        );
    }

    [Fact]
    public void Refuses_a_limit_under_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxDepthRule(0));

    private static OperationDefinitionNode Operation(DocumentNode document) =>
        document.Definitions.OfType<OperationDefinitionNode>().Single();
}
