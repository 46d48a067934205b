using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_type_names_are_valid() =>
        ExpectValid(
            Rule,
            """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              human(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """
        );

    [Fact]
    public void Unknown_type_names_are_invalid() =>
        ExpectErrors(
            Rule,
            """
            query Foo($var: JumbledUpLetters) {
              human(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            ("Unknown type \"JumbledUpLetters\".", 1, 17),
            ("Unknown type \"Badger\".", 4, 19),
            ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", 7, 23)
        );

    [Fact]
    public void Unknown_types_in_wrapped_variable_types_are_invalid() =>
        ExpectErrors(
            Rule,
            """
            query Foo($a: [Dgo!]!, $b: [[Hman]]) {
              dog { name }
            }
            """,
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", 1, 16),
            ("Unknown type \"Hman\". Did you mean \"Human\"?", 1, 30)
        );

    [Fact]
    public void References_to_standard_scalars_that_are_missing_in_schema() =>
        ExpectErrorsWithSchema(
            new SchemaBuilder().Object("Query", t => t.Field("foo", "String")).Build(),
            Rule,
            "query ($id: ID, $float: Float, $int: Int) { __typename }",
            ("Unknown type \"ID\".", 1, 13),
            ("Unknown type \"Float\".", 1, 25),
            ("Unknown type \"Int\".", 1, 38)
        );

    [Fact]
    public void Ignores_type_definitions() =>
        ExpectErrors(
            Rule,
            """
            type NotInTheSchema {
              field: FooBar
            }
            interface FooBar {
              field: NotInTheSchema
            }
            union U = A | B
            input Blob {
              field: UnknownType
            }
            query Foo($var: NotInTheSchema) {
              user(id: $var) {
                id
              }
            }
            """,
            ("Unknown type \"A\". Did you mean \"U\"?", 7, 11),
            ("Unknown type \"B\". Did you mean \"U\"?", 7, 15),
            ("Unknown type \"UnknownType\".", 9, 10)
        );

    [Fact]
    public void Standard_types_are_known_in_type_definitions() =>
        ExpectValid(
            Rule,
            """
            type Meta {
              schema: __Schema
              kind: __TypeKind
              id: ID
              ratio: Float
            }
            """
        );

    [Fact]
    public void Hides_suggestions_when_asked() =>
        Assert.Equal(
            ["Unknown type \"Peat\"."],
            Validate(
                    Rule,
                    "fragment PetFields on Peat { name }",
                    options: new ValidationOptions { HideSuggestions = true }
                )
                .Select(e => e.Message)
        );
}
