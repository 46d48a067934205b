using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void No_arguments_on_field_or_directive() => ExpectValid(Rule, "{ field @directive }");

    [Fact]
    public void Same_argument_on_two_fields_and_two_directives() =>
        ExpectValid(
            Rule,
            "{ one: field(arg: \"value\") two: field(arg: \"value\") field @d1(arg: 1) @d2(arg: 2) }"
        );

    [Fact]
    public void Same_argument_on_field_and_its_directive() =>
        ExpectValid(Rule, "{ field(arg: \"value\") @directive(arg: \"value\") }");

    [Fact]
    public void Multiple_field_arguments() =>
        ExpectValid(Rule, "{ field(arg1: \"value\", arg2: \"value\", arg3: \"value\") }");

    [Fact]
    public void Duplicate_field_arguments() =>
        ExpectErrors(
            Rule,
            "{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }",
            new ExpectedError(
                "There can be only one argument named \"arg1\".",
                new SourceLocation(1, 9),
                new SourceLocation(1, 24),
                new SourceLocation(1, 39)
            )
        );

    [Fact]
    public void Duplicate_directive_arguments() =>
        ExpectErrors(
            Rule,
            "{ field @directive(arg1: 1, arg2: 2, arg1: 3, arg2: 4) }",
            new ExpectedError(
                "There can be only one argument named \"arg1\".",
                new SourceLocation(1, 20),
                new SourceLocation(1, 38)
            ),
            new ExpectedError(
                "There can be only one argument named \"arg2\".",
                new SourceLocation(1, 29),
                new SourceLocation(1, 47)
            )
        );
}
