using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Theory]
    [InlineData("$v: Boolean", "booleanArgField(booleanArg: $v)")]
    [InlineData("$v: Boolean!", "booleanArgField(booleanArg: $v)")]
    [InlineData("$v: [String]", "stringListArgField(stringListArg: $v)")]
    [InlineData("$v: [String!]", "stringListArgField(stringListArg: $v)")]
    [InlineData("$v: String", "stringListArgField(stringListArg: [$v])")]
    [InlineData("$v: ComplexInput", "complexArgField(complexArg: $v)")]
    [InlineData("$v: Boolean = false", "complexArgField(complexArg: {requiredField: $v})")]
    [InlineData("$v: Int = 1", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: Int", "nonNullFieldWithDefault(arg: $v)")]
    [InlineData(
        "$v: Boolean",
        "complexArgField(complexArg: {requiredField: true, nonNullField: $v})"
    )]
    [InlineData("$v: String!", "oneOfArgField(oneOfArg: {stringField: $v})")]
    [InlineData("$v: Unknown", "intArgField(intArg: $v)")]
    public void Allowed_positions(string definition, string field) =>
        ExpectValid(Rule, $"query Q({definition}) {{ complicatedArgs {{ {field} }} }}");

    [Fact]
    public void Nullable_variable_in_non_null_position() =>
        ExpectErrors(
            Rule,
            "query Q($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            new ExpectedError(
                "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".",
                new SourceLocation(1, 9),
                new SourceLocation(1, 77)
            )
        );

    [Fact]
    public void A_null_default_value_does_not_make_a_variable_non_null() =>
        ExpectErrors(
            Rule,
            "query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
            new ExpectedError(
                "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".",
                new SourceLocation(1, 9),
                new SourceLocation(1, 79)
            )
        );

    [Fact]
    public void Usage_through_nested_fragments() =>
        ExpectErrors(
            Rule,
            """
            fragment outer on ComplicatedArgs { ...inner }
            fragment inner on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            query Q($intArg: Int) { complicatedArgs { ...outer } }
            """,
            new ExpectedError(
                "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".",
                new SourceLocation(3, 9),
                new SourceLocation(2, 71)
            )
        );

    [Fact]
    public void Wrong_types_lists_and_directives() =>
        ExpectErrors(
            Rule,
            """
            query Q($s: String, $l: [String], $b: Boolean) {
              complicatedArgs { intArgField(intArg: $s) stringListNonNullArgField(stringListNonNullArg: $l) }
              dog @include(if: $b) { name }
            }
            """,
            new ExpectedError(
                "Variable \"$s\" of type \"String\" used in position expecting type \"Int\".",
                new SourceLocation(1, 9),
                new SourceLocation(2, 41)
            ),
            new ExpectedError(
                "Variable \"$l\" of type \"[String]\" used in position expecting type \"[String!]\".",
                new SourceLocation(1, 21),
                new SourceLocation(2, 93)
            ),
            new ExpectedError(
                "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
                new SourceLocation(1, 35),
                new SourceLocation(3, 20)
            )
        );

    [Fact]
    public void Nullable_variables_are_not_allowed_in_oneOf_input_objects() =>
        ExpectErrors(
            Rule,
            "query Q($s: String = \"x\") { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) } }",
            new ExpectedError(
                "Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                new SourceLocation(1, 9),
                new SourceLocation(1, 85)
            )
        );
}
