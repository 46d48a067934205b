using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Single_reference_is_valid() =>
        ExpectValid(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """
        );

    [Fact]
    public void Spreading_twice_is_not_circular() =>
        ExpectValid(
            Rule,
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """
        );

    [Fact]
    public void Spreading_twice_indirectly_is_not_circular() =>
        ExpectValid(
            Rule,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """
        );

    [Fact]
    public void Double_spread_within_abstract_types() =>
        ExpectValid(
            Rule,
            """
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """
        );

    [Fact]
    public void Does_not_false_positive_on_unknown_fragment() =>
        ExpectValid(
            Rule,
            """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """
        );

    [Fact]
    public void Spreading_recursively_within_field_fails() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Human { relatives { ...fragA } },
            """,
            ("Cannot spread fragment \"fragA\" within itself.", 1, 39)
        );

    [Fact]
    public void No_spreading_itself_directly() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragA }
            """,
            ("Cannot spread fragment \"fragA\" within itself.", 1, 25)
        );

    [Fact]
    public void No_spreading_itself_directly_within_inline_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            ("Cannot spread fragment \"fragA\" within itself.", 3, 5)
        );

    [Fact]
    public void No_spreading_itself_indirectly() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                new(1, 25),
                new(2, 25)
            )
        );

    [Fact]
    public void No_spreading_itself_indirectly_reports_opposite_order() =>
        ExpectErrors(
            Rule,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragB\" within itself via \"fragA\".",
                new(1, 25),
                new(2, 25)
            )
        );

    [Fact]
    public void No_spreading_itself_indirectly_within_inline_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragB
              }
            }
            fragment fragB on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                new(3, 5),
                new(8, 5)
            )
        );

    [Fact]
    public void No_spreading_itself_deeply() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
                new(1, 25),
                new(2, 25),
                new(3, 25),
                new(7, 25),
                new(8, 25)
            ),
            new ExpectedError(
                "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
                new(7, 25),
                new(8, 35),
                new(4, 25),
                new(5, 25),
                new(6, 25)
            )
        );

    [Fact]
    public void No_spreading_itself_deeply_two_paths() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                new(1, 25),
                new(2, 25)
            ),
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
                new(1, 35),
                new(3, 25)
            )
        );

    [Fact]
    public void No_spreading_itself_deeply_two_paths_alt_traverse_order() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
                new(1, 25),
                new(3, 25)
            ),
            new ExpectedError(
                "Cannot spread fragment \"fragC\" within itself via \"fragB\".",
                new(3, 35),
                new(2, 25)
            )
        );

    [Fact]
    public void No_spreading_itself_deeply_and_immediately() =>
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            ("Cannot spread fragment \"fragB\" within itself.", 2, 25),
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".",
                new(1, 25),
                new(2, 35),
                new(3, 25)
            ),
            new ExpectedError(
                "Cannot spread fragment \"fragB\" within itself via \"fragC\".",
                new(2, 35),
                new(3, 35)
            )
        );

    [Fact]
    public void Cycles_are_found_from_operations_fragments_only() =>
        ExpectErrors(
            Rule,
            """
            query { dog { ...fragA } }
            fragment fragA on Dog { mother { ...fragB } }
            fragment fragB on Dog { father { ...fragA } }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                new(2, 34),
                new(3, 34)
            )
        );

    [Fact]
    public void A_cycle_through_ten_thousand_fragments_is_found_without_overflowing_the_stack()
    {
        const int count = 10_000;
        var document = string.Join(
            "\n",
            Enumerable
                .Range(0, count)
                .Select(i => $"fragment f{i} on Dog {{ ...f{(i + 1) % count} }}")
        );

        var errors = ValidateLarge(Rule, document);

        var error = Assert.Single(errors);
        Assert.StartsWith(
            "Cannot spread fragment \"f0\" within itself via \"f1\", \"f2\",",
            error.Message
        );
        Assert.EndsWith($"\"f{count - 1}\".", error.Message);
        Assert.Equal(count, error.Locations.Count);
    }

    [Fact]
    public void A_chain_of_ten_thousand_fragments_without_a_cycle_is_valid()
    {
        const int count = 10_000;
        var document = string.Join(
            "\n",
            Enumerable
                .Range(0, count)
                .Select(i =>
                    i + 1 < count
                        ? $"fragment f{i} on Dog {{ ...f{i + 1} }}"
                        : $"fragment f{i} on Dog {{ name }}"
                )
        );

        Assert.Empty(ValidateLarge(Rule, document));
    }
}
