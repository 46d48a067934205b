using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class SuggestionListTests
{
    [Fact]
    public void Returns_results_when_input_is_empty() =>
        Assert.Equal(["a"], SuggestionList.Get("", ["a"]));

    [Fact]
    public void Returns_empty_array_when_there_are_no_options() =>
        Assert.Empty(SuggestionList.Get("input", []));

    [Fact]
    public void Returns_options_with_small_lexical_distance()
    {
        Assert.Equal(["green"], SuggestionList.Get("greenish", ["green"]));
        Assert.Equal(["greenish"], SuggestionList.Get("green", ["greenish"]));
    }

    [Fact]
    public void Rejects_options_with_distance_that_exceeds_threshold()
    {
        Assert.Equal(["aaab"], SuggestionList.Get("aaaa", ["aaab"]));
        Assert.Empty(SuggestionList.Get("aaaa", ["abbb"]));
    }

    [Fact]
    public void Returns_options_with_different_case()
    {
        Assert.Equal(["VERYLONGSTRING"], SuggestionList.Get("verylongstring", ["VERYLONGSTRING"]));
        Assert.Equal(["verylongstring"], SuggestionList.Get("VERYLONGSTRING", ["verylongstring"]));
        Assert.Equal(["VeryLongString"], SuggestionList.Get("VERYLONGSTRING", ["VeryLongString"]));
    }

    [Fact]
    public void Returns_options_with_transpositions()
    {
        Assert.Equal(["ba"], SuggestionList.Get("ab", ["ba"]));
        Assert.Equal(["cba"], SuggestionList.Get("abc", ["cba"]));
    }

    [Fact]
    public void Returns_options_sorted_based_on_lexical_distance() =>
        Assert.Equal(["abc", "ab", "a"], SuggestionList.Get("abc", ["a", "ab", "abc"]));

    [Fact]
    public void Returns_options_with_the_same_lexical_distance_sorted_naturally()
    {
        Assert.Equal(["a", "b", "c"], SuggestionList.Get("a", ["a", "b", "c"]));
        Assert.Equal(
            ["option1", "option2", "option10"],
            SuggestionList.Get("option", ["option10", "option2", "option1"])
        );
    }

    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("b", "a", 1)]
    [InlineData("a2", "a10", -1)]
    [InlineData("a10", "a2", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "abc", -1)]
    [InlineData("a01", "a1", -1)]
    public void Natural_compare_orders_digit_runs_by_number(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(SuggestionList.NaturalCompare(a, b)));
}
