using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void Unique_directives_in_different_locations() =>
        ExpectValid(Rule, "fragment Test on Type @onFragmentDefinition { field @onField }");

    [Fact]
    public void Same_directives_in_different_locations() =>
        ExpectValid(Rule, "fragment Test on Type @onField { field @onField }");

    [Fact]
    public void Same_directives_in_similar_locations() =>
        ExpectValid(Rule, "fragment Test on Type { field @onField field @onField }");

    [Fact]
    public void Repeatable_directives_may_repeat() =>
        ExpectValid(Rule, "fragment Test on Type { field @repeatable @repeatable }");

    [Fact]
    public void Unknown_directives_may_repeat() =>
        ExpectValid(Rule, "fragment Test on Type { field @unknown @unknown }");

    [Fact]
    public void Duplicate_directives_in_one_location() =>
        ExpectErrors(
            Rule,
            "fragment Test on Type { field @onField @onField }",
            new ExpectedError(
                "The directive \"@onField\" can only be used once at this location.",
                new SourceLocation(1, 31),
                new SourceLocation(1, 40)
            )
        );

    [Fact]
    public void Many_duplicate_directives_each_point_at_the_first() =>
        ExpectErrors(
            Rule,
            "fragment Test on Type { field @onField @onField @onField }",
            new ExpectedError(
                "The directive \"@onField\" can only be used once at this location.",
                new SourceLocation(1, 31),
                new SourceLocation(1, 40)
            ),
            new ExpectedError(
                "The directive \"@onField\" can only be used once at this location.",
                new SourceLocation(1, 31),
                new SourceLocation(1, 49)
            )
        );

    [Fact]
    public void A_document_definition_decides_whether_a_directive_repeats() =>
        ExpectValid(
            Rule,
            """
            directive @onField repeatable on FIELD
            { field @onField @onField }
            """
        );

    [Fact]
    public void Type_definitions_and_extensions_share_their_directives() =>
        ExpectErrors(
            Rule,
            """
            type T @onQuery { f: Int }
            extend type T @onQuery
            extend type U @onQuery
            """,
            new ExpectedError(
                "The directive \"@onQuery\" can only be used once at this location.",
                new SourceLocation(1, 8),
                new SourceLocation(2, 15)
            )
        );

    [Fact]
    public void Schema_definitions_and_extensions_share_their_directives() =>
        ExpectErrors(
            Rule,
            """
            schema @onQuery { query: QueryRoot }
            extend schema @onQuery
            """,
            new ExpectedError(
                "The directive \"@onQuery\" can only be used once at this location.",
                new SourceLocation(1, 8),
                new SourceLocation(2, 15)
            )
        );
}
