using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void No_operations() => ExpectValid(Rule, "fragment fragA on Dog { name }");

    [Fact]
    public void One_anon_operation() => ExpectValid(Rule, "{ dog { name } }");

    [Fact]
    public void Multiple_named_operations() =>
        ExpectValid(
            Rule,
            """
            query Foo { dog { name } }

            query Bar { dog { name } }
            """
        );

    [Fact]
    public void Anon_operation_with_fragment() =>
        ExpectValid(
            Rule,
            """
            {
              ...Foo
            }
            fragment Foo on QueryRoot {
              dog { name }
            }
            """
        );

    [Fact]
    public void Multiple_anon_operations() =>
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }
            {
              cat { name }
            }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1),
            ("This anonymous operation must be the only defined operation.", 4, 1)
        );

    [Fact]
    public void Anon_operation_with_a_mutation() =>
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }
            mutation Foo {
              renameCat(name: "Tom") { name }
            }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1)
        );

    [Fact]
    public void Anon_operation_with_a_subscription() =>
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }
            subscription Foo {
              newMessage { body }
            }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1)
        );

    [Fact]
    public void Anonymous_query_keyword_counts_as_anonymous() =>
        ExpectErrors(
            Rule,
            """
            query Foo { dog { name } }
            query { cat { name } }
            """,
            ("This anonymous operation must be the only defined operation.", 2, 1)
        );
}
