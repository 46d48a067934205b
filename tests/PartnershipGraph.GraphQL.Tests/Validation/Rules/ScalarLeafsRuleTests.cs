using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Valid_scalar_selection() =>
        ExpectValid(Rule, "fragment scalarSelection on Dog { barks }");

    [Fact]
    public void Object_type_missing_selection() =>
        ExpectErrors(
            Rule,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            (
                "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?",
                2,
                3
            )
        );

    [Fact]
    public void Interface_type_missing_selection() =>
        ExpectErrors(
            Rule,
            """
            {
              human { pets }
            }
            """,
            (
                "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?",
                2,
                11
            )
        );

    [Fact]
    public void Non_null_list_of_objects_missing_selection() =>
        ExpectErrors(
            Rule,
            "{ human { relatives } }",
            (
                "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?",
                1,
                11
            )
        );

    [Fact]
    public void Valid_scalar_selection_with_args() =>
        ExpectValid(
            Rule,
            """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """
        );

    [Fact]
    public void Scalar_selection_not_allowed_on_Boolean() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            (
                "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.",
                2,
                9
            )
        );

    [Fact]
    public void Scalar_selection_not_allowed_on_Enum() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            (
                "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.",
                2,
                12
            )
        );

    [Fact]
    public void Scalar_selection_not_allowed_with_args() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            (
                "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                2,
                36
            )
        );

    [Fact]
    public void Scalar_selection_not_allowed_with_directives() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            (
                "Field \"name\" must not have a selection since type \"String\" has no subfields.",
                2,
                27
            )
        );

    [Fact]
    public void Scalar_selection_not_allowed_with_directives_and_args() =>
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            (
                "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                2,
                55
            )
        );

    [Fact]
    public void Unknown_fields_are_left_to_another_rule() =>
        ExpectValid(Rule, "{ dog { unknownField { deeper } } unknownRoot }");

    [Fact]
    public void Typename_is_a_leaf() =>
        ExpectErrors(
            Rule,
            "{ dog { __typename { name } } }",
            (
                "Field \"__typename\" must not have a selection since type \"String!\" has no subfields.",
                1,
                20
            )
        );

    [Fact]
    public void Object_field_with_an_empty_selection_set_built_in_code()
    {
        var location = new Location(2, 12, 1, 3);
        var document = new DocumentNode([
            new OperationDefinitionNode(
                OperationType.Query,
                null,
                [],
                [],
                new SelectionSetNode([
                    new FieldNode(null, new NameNode("dog"), [], [], new SelectionSetNode([]))
                    {
                        Location = location,
                    },
                ])
            ),
        ]);

        var errors = DocumentValidator.Validate(ValidationSchema.Schema, document, [Rule]);

        Assert.Equal(
            "Field \"dog\" of type \"Dog\" must have at least one field selected. at [1:3]",
            ExpectedError.Describe(Assert.Single(errors))
        );
    }
}
