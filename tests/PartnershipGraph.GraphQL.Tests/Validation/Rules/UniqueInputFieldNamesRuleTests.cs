using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Input_object_with_fields() =>
        ExpectValid(Rule, "{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }");

    [Fact]
    public void Same_input_object_within_two_args() =>
        ExpectValid(Rule, "{ field(arg1: { f: true }, arg2: { f: true }) }");

    [Fact]
    public void Allows_for_nested_input_objects_with_similar_fields() =>
        ExpectValid(Rule, "{ field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }");

    [Fact]
    public void Duplicate_input_object_fields() =>
        ExpectErrors(
            Rule,
            "{ field(arg: { f1: \"value\", f1: \"value\" }) }",
            new ExpectedError(
                "There can be only one input field named \"f1\".",
                new SourceLocation(1, 16),
                new SourceLocation(1, 29)
            )
        );

    [Fact]
    public void Many_duplicate_input_object_fields_each_point_at_the_first() =>
        ExpectErrors(
            Rule,
            "{ field(arg: { f1: 1, f1: 2, f1: 3 }) }",
            new ExpectedError(
                "There can be only one input field named \"f1\".",
                new SourceLocation(1, 16),
                new SourceLocation(1, 23)
            ),
            new ExpectedError(
                "There can be only one input field named \"f1\".",
                new SourceLocation(1, 16),
                new SourceLocation(1, 30)
            )
        );

    [Fact]
    public void Nested_duplicate_input_object_fields() =>
        ExpectErrors(
            Rule,
            "{ field(arg: { f1: {f2: 1, f2: 2} }) }",
            new ExpectedError(
                "There can be only one input field named \"f2\".",
                new SourceLocation(1, 21),
                new SourceLocation(1, 28)
            )
        );

    [Fact]
    public void Checks_variable_default_values_too() =>
        ExpectErrors(
            Rule,
            "query ($v: In = { a: 1, a: 2 }) { field }",
            new ExpectedError(
                "There can be only one input field named \"a\".",
                new SourceLocation(1, 19),
                new SourceLocation(1, 25)
            )
        );
}
