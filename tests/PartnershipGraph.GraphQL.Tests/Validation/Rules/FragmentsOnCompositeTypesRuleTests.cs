using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Object_is_valid_fragment_type() =>
        ExpectValid(Rule, "fragment validFragment on Dog { barks }");

    [Fact]
    public void Interface_is_valid_fragment_type() =>
        ExpectValid(Rule, "fragment validFragment on Pet { name }");

    [Fact]
    public void Object_is_valid_inline_fragment_type() =>
        ExpectValid(Rule, "fragment validFragment on Pet { ... on Dog { barks } }");

    [Fact]
    public void Interface_is_valid_inline_fragment_type() =>
        ExpectValid(Rule, "fragment validFragment on Mammal { ... on Canine { name } }");

    [Fact]
    public void Inline_fragment_without_type_is_valid() =>
        ExpectValid(Rule, "fragment validFragment on Pet { ... { name } }");

    [Fact]
    public void Union_is_valid_fragment_type() =>
        ExpectValid(Rule, "fragment validFragment on CatOrDog { __typename }");

    [Fact]
    public void Unknown_types_are_left_to_another_rule() =>
        ExpectValid(Rule, "fragment validFragment on Unknown { ... on AlsoUnknown { a } }");

    [Fact]
    public void Scalar_is_invalid_fragment_type() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            (
                "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".",
                1,
                28
            )
        );

    [Fact]
    public void Enum_is_invalid_fragment_type() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            (
                "Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".",
                1,
                28
            )
        );

    [Fact]
    public void Input_object_is_invalid_fragment_type() =>
        ExpectErrors(
            Rule,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            (
                "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".",
                1,
                27
            )
        );

    [Fact]
    public void Scalar_is_invalid_inline_fragment_type() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            ("Fragment cannot condition on non composite type \"String\".", 2, 10)
        );
}
