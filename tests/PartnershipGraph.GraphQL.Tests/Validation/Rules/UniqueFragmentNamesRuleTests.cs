using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void No_fragments() =>
        ExpectValid(
            Rule,
            """
            {
              dog { name }
            }
            """
        );

    [Fact]
    public void One_fragment() =>
        ExpectValid(
            Rule,
            """
            {
              ...fragA
            }

            fragment fragA on QueryRoot {
              dog { name }
            }
            """
        );

    [Fact]
    public void Many_fragments() =>
        ExpectValid(
            Rule,
            """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on QueryRoot {
              dog { name }
            }
            fragment fragB on QueryRoot {
              cat { name }
            }
            fragment fragC on QueryRoot {
              pet { name }
            }
            """
        );

    [Fact]
    public void Inline_fragments_are_always_unique() =>
        ExpectValid(
            Rule,
            """
            {
              ...on QueryRoot {
                dog { name }
              }
              ...on QueryRoot {
                cat { name }
              }
            }
            """
        );

    [Fact]
    public void Fragment_and_operation_named_the_same() =>
        ExpectValid(
            Rule,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on QueryRoot {
              dog { name }
            }
            """
        );

    [Fact]
    public void Fragments_named_the_same() =>
        ExpectErrors(
            Rule,
            """
            {
              ...fragA
            }
            fragment fragA on QueryRoot {
              dog { name }
            }
            fragment fragA on QueryRoot {
              cat { name }
            }
            """,
            new ExpectedError(
                "There can be only one fragment named \"fragA\".",
                new(4, 10),
                new(7, 10)
            )
        );

    [Fact]
    public void Fragments_named_the_same_without_being_referenced() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on QueryRoot {
              dog { name }
            }
            fragment fragA on QueryRoot {
              cat { name }
            }
            """,
            new ExpectedError(
                "There can be only one fragment named \"fragA\".",
                new(1, 10),
                new(4, 10)
            )
        );

    [Fact]
    public void Three_fragments_named_the_same_are_each_reported_against_the_first() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on QueryRoot { dog { name } }
            fragment fragA on QueryRoot { cat { name } }
            fragment fragA on QueryRoot { pet { name } }
            """,
            new ExpectedError(
                "There can be only one fragment named \"fragA\".",
                new(1, 10),
                new(2, 10)
            ),
            new ExpectedError(
                "There can be only one fragment named \"fragA\".",
                new(1, 10),
                new(3, 10)
            )
        );
}
