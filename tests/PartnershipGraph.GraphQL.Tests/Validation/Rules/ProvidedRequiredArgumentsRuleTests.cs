using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Ignores_unknown_arguments_and_fields() =>
        ExpectValid(Rule, "{ dog { isHouseTrained(unknownArgument: true) unknown { x } } }");

    [Fact]
    public void Optional_arguments_may_be_omitted() =>
        ExpectValid(
            Rule,
            "{ dog { isHouseTrained } complicatedArgs { multipleOpts nonNullFieldWithDefault } }"
        );

    [Fact]
    public void Required_arguments_in_any_order() =>
        ExpectValid(
            Rule,
            "{ complicatedArgs { multipleReqs(req2: 2, req1: 1) multipleOptAndReq(req1: 1, req2: 2, opt2: 4) } }"
        );

    [Fact]
    public void Missing_one_non_nullable_argument() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req2: 2) } }",
            (
                "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                1,
                21
            )
        );

    [Fact]
    public void Missing_multiple_non_nullable_arguments() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs } }",
            (
                "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                1,
                21
            ),
            (
                "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                1,
                21
            )
        );

    [Fact]
    public void An_explicit_null_counts_as_provided() =>
        ExpectValid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }");

    [Fact]
    public void Deeper_errors_come_first() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req1: 1) } dog { name @include } }",
            (
                "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                1,
                21
            ),
            (
                "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                1,
                56
            )
        );

    [Fact]
    public void Missing_directive_arguments() =>
        ExpectErrors(
            Rule,
            "{ dog @include { name @skip } }",
            // The directive is left before the selection set is entered.
            (
                "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                1,
                7
            ),
            (
                "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                1,
                23
            )
        );

    [Fact]
    public void Directives_defined_in_the_document_print_their_argument_types() =>
        ExpectErrors(
            Rule,
            """
            directive @custom(a: Int!, b: String! = "x", c: [Int!]!, d: Int) on FIELD
            { dog { name @custom } }
            """,
            (
                "Directive \"@custom\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                2,
                14
            ),
            (
                "Directive \"@custom\" argument \"c\" of type \"[Int!]!\" is required, but it was not provided.",
                2,
                14
            )
        );
}
