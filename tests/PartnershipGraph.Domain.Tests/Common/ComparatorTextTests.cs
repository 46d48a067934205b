using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class ComparatorTextTests
{
    [Theory]
    [InlineData(">", Comparator.MoreThan)]
    [InlineData("more than", Comparator.MoreThan)]
    [InlineData("  More   Than ", Comparator.MoreThan)]
    [InlineData("greater than", Comparator.MoreThan)]
    [InlineData("over", Comparator.MoreThan)]
    [InlineData(">=", Comparator.AtLeast)]
    [InlineData("at least", Comparator.AtLeast)]
    [InlineData("or more", Comparator.AtLeast)]
    [InlineData("<", Comparator.FewerThan)]
    [InlineData("fewer than", Comparator.FewerThan)]
    [InlineData("less than", Comparator.FewerThan)]
    [InlineData("<=", Comparator.AtMost)]
    [InlineData("no more than", Comparator.AtMost)]
    [InlineData("at most", Comparator.AtMost)]
    [InlineData("or fewer", Comparator.AtMost)]
    [InlineData("~", Comparator.Approximately)]
    [InlineData("approximately", Comparator.Approximately)]
    [InlineData("=", Comparator.Equal)]
    [InlineData("equal to", Comparator.Equal)]
    public void Reads_a_comparator_written_on_its_own(string text, Comparator comparator) =>
        Assert.Equal(comparator, ComparatorText.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("more")]
    [InlineData("more than 90%")]
    [InlineData("sometimes")]
    public void Gives_null_for_text_that_is_not_a_comparator(string? text) =>
        Assert.Null(ComparatorText.Parse(text));

    [Theory]
    [InlineData(Comparator.MoreThan, "more than", ">")]
    [InlineData(Comparator.AtLeast, "at least", ">=")]
    [InlineData(Comparator.FewerThan, "fewer than", "<")]
    [InlineData(Comparator.AtMost, "no more than", "<=")]
    [InlineData(Comparator.Approximately, "approximately", "~")]
    [InlineData(Comparator.Equal, "equal to", "=")]
    public void Writes_a_comparator_as_words_and_as_a_symbol(
        Comparator comparator,
        string words,
        string symbol
    )
    {
        Assert.Equal(words, ComparatorText.ToText(comparator));
        Assert.Equal(symbol, ComparatorText.ToSymbol(comparator));
    }

    [Theory]
    [InlineData(Comparator.MoreThan)]
    [InlineData(Comparator.AtLeast)]
    [InlineData(Comparator.FewerThan)]
    [InlineData(Comparator.AtMost)]
    [InlineData(Comparator.Approximately)]
    [InlineData(Comparator.Equal)]
    public void Reads_back_what_it_writes(Comparator comparator)
    {
        Assert.Equal(comparator, ComparatorText.Parse(ComparatorText.ToText(comparator)));
        Assert.Equal(comparator, ComparatorText.Parse(ComparatorText.ToSymbol(comparator)));
    }
}
