using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void No_operations() =>
        ExpectValid(
            Rule,
            """
            fragment fragA on Dog {
              name
            }
            """
        );

    [Fact]
    public void One_anon_operation() => ExpectValid(Rule, "{ dog { name } }");

    [Fact]
    public void One_named_operation() => ExpectValid(Rule, "query Foo { dog { name } }");

    [Fact]
    public void Multiple_operations() =>
        ExpectValid(
            Rule,
            """
            query Foo { dog { name } }

            query Bar { dog { name } }
            """
        );

    [Fact]
    public void Multiple_operations_of_different_types() =>
        ExpectValid(
            Rule,
            """
            query Foo { dog { name } }

            mutation Bar { renameCat(name: "Tom") { name } }

            subscription Baz { newMessage { body } }
            """
        );

    [Fact]
    public void Fragment_and_operation_named_the_same() =>
        ExpectValid(
            Rule,
            """
            query Foo { ...Foo }

            fragment Foo on QueryRoot { dog { name } }
            """
        );

    [Fact]
    public void Multiple_operations_of_same_name() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog { name }
            }
            query Foo {
              cat { name }
            }
            """,
            new ExpectedError(
                "There can be only one operation named \"Foo\".",
                new(1, 7),
                new(4, 7)
            )
        );

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_mutation() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog { name }
            }
            mutation Foo {
              renameCat(name: "Tom") { name }
            }
            """,
            new ExpectedError(
                "There can be only one operation named \"Foo\".",
                new(1, 7),
                new(4, 10)
            )
        );

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_subscription() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog { name }
            }
            subscription Foo {
              newMessage { body }
            }
            """,
            new ExpectedError(
                "There can be only one operation named \"Foo\".",
                new(1, 7),
                new(4, 14)
            )
        );

    [Fact]
    public void Three_operations_of_same_name_report_each_repeat_against_the_first() =>
        ExpectErrors(
            Rule,
            """
            query Foo { dog { name } }
            query Foo { cat { name } }
            query Foo { pet { name } }
            """,
            new ExpectedError(
                "There can be only one operation named \"Foo\".",
                new(1, 7),
                new(2, 7)
            ),
            new ExpectedError(
                "There can be only one operation named \"Foo\".",
                new(1, 7),
                new(3, 7)
            )
        );
}
