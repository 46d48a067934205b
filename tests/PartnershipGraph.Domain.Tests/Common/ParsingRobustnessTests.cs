using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

/// <summary>The parsers read whatever a paper or a form gives them without throwing.</summary>
public class ParsingRobustnessTests
{
    private static readonly string[] Tokens =
    [
        "May",
        "22",
        "2022",
        "/",
        "-",
        "\u2013",
        "to",
        "and",
        "Spring",
        "Summer",
        "Autumn",
        "term",
        "Q1",
        "Q 4",
        "22/23",
        "2023/24",
        "31/03/2023",
        "01.04.22",
        "3rd",
        "by",
        "end of",
        "tbc",
        "ongoing",
        "more than",
        "fewer than",
        "at least",
        "90%",
        "5",
        "0.6",
        "£1.5m",
        "per 10,000",
        "weeks",
        "increase by",
        "minus",
        "(",
        ")",
        "x",
        "see",
        "4.1",
        "9999",
        "0000",
        "99/99/99",
        ",",
        ".",
        " ",
        "\u00a0",
        "MET",
        "Not met",
    ];

    /// <summary>Texts made of the papers' own pieces in random order, the same on every run.</summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    private static IEnumerable<string> Texts(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var count = random.Next(1, 7);
            yield return string.Join(
                random.Next(2) == 0 ? " " : string.Empty,
                Enumerable.Range(0, count).Select(_ => Tokens[random.Next(Tokens.Length)])
            );
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_parsed_date_keeps_its_text_and_never_ends_before_it_starts(int seed)
    {
        foreach (var text in Texts(seed))
        {
            var date = PartialDate.Parse(text);

            Assert.Equal(text, date.Text);
            Assert.Equal(date.Precision == DatePrecision.Unknown, date.Start is null);
            Assert.Equal(date.Start is null, date.End is null);
            Assert.True(date.Start is null || date.Start <= date.End, text);
            Assert.NotNull(date.Display);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_parsed_target_keeps_its_text_and_has_a_unit_only_with_a_figure(int seed)
    {
        foreach (var text in Texts(seed))
        {
            var target = Target.Parse(text);

            Assert.Equal(text, target.Text);
            Assert.True(target.Unit is null || target.Value is not null, text);
            Assert.True(target.Value is not null || target.Comparator == Comparator.Equal, text);
            Assert.NotNull(target.Display);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Status_words_never_throw(int seed)
    {
        foreach (var text in Texts(seed))
        {
            var parsed = RagText.TryParse(text, out var rag);

            Assert.Equal(parsed ? rag : null, RagText.Parse(text));
        }
    }

    [Theory]
    [InlineData("February", int.MaxValue)]
    [InlineData("February", int.MinValue)]
    [InlineData("February", 0)]
    [InlineData("29th June", 10000)]
    [InlineData("Autumn term", -1)]
    [InlineData("March - July", 1899)]
    [InlineData("November - February", 1900)]
    [InlineData("Nov 99 - Feb", 2199)]
    [InlineData("Summer/Autumn", 2199)]
    public void A_default_year_out_of_range_gives_unknown_rather_than_an_error(
        string text,
        int year
    )
    {
        var date = PartialDate.Parse(text, defaultYear: year);

        Assert.Equal(text, date.Text);
        Assert.True(date.Start is null || date.Start.Value.Year is >= 1900 and <= 2200);
    }

    [Fact]
    public void A_stated_date_in_year_one_is_used_as_it_is()
    {
        var date = PartialDate.Parse("February", statedDate: DateOnly.MinValue);

        Assert.Equal(
            new PartialDate("February", DateOnly.MinValue, DateOnly.MinValue, DatePrecision.Day),
            date
        );
    }
}
