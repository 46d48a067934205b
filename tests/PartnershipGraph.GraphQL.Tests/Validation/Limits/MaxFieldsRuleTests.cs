using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation.Limits;
using static PartnershipGraph.GraphQL.Tests.Validation.Limits.LimitsTestSchema;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

public class MaxFieldsRuleTests
{
    // 1 + 5 aliases + __typename = 7 fields.
    private const string Aliases =
        "{ plan { a: title b: title c: title d: title e: title __typename } }";

    [Fact]
    public void The_test_documents_are_valid()
    {
        AssertValidDocument(Aliases);
        AssertValidDocument(FragmentBomb(5));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Allows_an_operation_at_or_under_the_limit(int maxFields) =>
        Assert.Empty(Validate(new MaxFieldsRule(maxFields), Aliases));

    [Fact]
    public void Counts_every_alias_and_typename() =>
        AssertLimitError(
            Validate(new MaxFieldsRule(6), Aliases),
            "The query selects 7 fields, more than the maximum of 6 fields.",
            "MAX_FIELDS_EXCEEDED",
            6,
            7
        );

    [Fact]
    public void Counts_a_fragment_once_per_spread()
    {
        // plan + 2^5 titles.
        Assert.Empty(Validate(new MaxFieldsRule(33), FragmentBomb(5)));
        AssertLimitError(
            Validate(new MaxFieldsRule(32), FragmentBomb(5)),
            "The query selects 33 fields, more than the maximum of 32 fields.",
            "MAX_FIELDS_EXCEEDED",
            32,
            33
        );
    }

    [Fact]
    public void Stops_a_fragment_bomb_without_expanding_it() =>
        AssertLimitError(
            Validate(new MaxFieldsRule(1000), FragmentBomb(40)),
            "The query selects 1099511627777 fields, more than the maximum of 1000 fields.",
            "MAX_FIELDS_EXCEEDED",
            1000,
            1099511627777
        );

    [Fact]
    public void Saturates_instead_of_overflowing()
    {
        var document = Parser.Parse(FragmentBomb(70));

        Assert.Equal(long.MaxValue, MaxFieldsRule.Measure(document, Operation(document)));
    }

    [Fact]
    public void Counts_inline_fragments_and_introspection_fields()
    {
        const string document = """
            { find(term: "x") { ... on Plan { title } ... on Person { name } } __schema { types { name } } }
            """;
        AssertValidDocument(document);
        var parsed = Parser.Parse(document);

        Assert.Equal(6, MaxFieldsRule.Measure(parsed, Operation(parsed)));
    }

    [Fact]
    public void Ends_on_a_fragment_cycle()
    {
        const string cycle = """
            { plan { lead { ...B } } }
            fragment B on Person { name manager { ...B } }
            """;

        AssertLimitError(
            Validate(new MaxFieldsRule(3), cycle),
            "The query selects 4 fields, more than the maximum of 3 fields.",
            "MAX_FIELDS_EXCEEDED",
            3,
            4
        );
    }

    [Fact]
    public void Checks_each_operation_on_its_own()
    {
        const string document = """
            query A { plan { title } }
            query B { plan { title } }
            """;

        Assert.Empty(Validate(new MaxFieldsRule(2), document));
    }

    private static OperationDefinitionNode Operation(DocumentNode document) =>
        document.Definitions.OfType<OperationDefinitionNode>().First();
}
