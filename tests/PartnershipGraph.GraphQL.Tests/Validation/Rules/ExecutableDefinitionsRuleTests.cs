using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void With_only_operation()
    {
        ExpectValid(
            Rule,
            """
            query Foo {
              dog {
                name
              }
            }
            """
        );
    }

    [Fact]
    public void With_operation_and_fragment()
    {
        ExpectValid(
            Rule,
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """
        );
    }

    [Fact]
    public void With_type_definition()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            ("The \"Cow\" definition is not executable.", 7, 1),
            ("The \"Dog\" definition is not executable.", 11, 1)
        );
    }

    [Fact]
    public void With_schema_definition()
    {
        ExpectErrors(
            Rule,
            """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
            ("The schema definition is not executable.", 1, 1),
            ("The \"Query\" definition is not executable.", 5, 1),
            ("The schema definition is not executable.", 9, 1)
        );
    }

    [Fact]
    public void With_directive_definition()
    {
        ExpectErrors(
            Rule,
            """
            directive @secret on FIELD

            { dog { name } }
            """,
            ("The \"secret\" definition is not executable.", 1, 1)
        );
    }
}
