using System.Globalization;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class PartialDateTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static void AssertParsed(
        string text,
        string start,
        string end,
        DatePrecision precision,
        int? defaultYear = null
    )
    {
        var date = PartialDate.Parse(text, defaultYear: defaultYear);
        Assert.Equal(text, date.Text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(D(start), date.Start);
        Assert.Equal(D(end), date.End);
    }

    [Theory]
    [InlineData("31/03/2023", "2023-03-31")]
    [InlineData("31/03/23", "2023-03-31")]
    [InlineData("01.04.22", "2022-04-01")]
    [InlineData("1-4-2022", "2022-04-01")]
    [InlineData("2023-03-31", "2023-03-31")]
    [InlineData("17th November 2022", "2022-11-17")]
    [InlineData("9th June 2023", "2023-06-09")]
    [InlineData("1 April 2022", "2022-04-01")]
    [InlineData("1st of April 22", "2022-04-01")]
    [InlineData("2nd Feb. 2024", "2024-02-02")]
    [InlineData("3rd March, 2022", "2022-03-03")]
    [InlineData("April 1, 2022", "2022-04-01")]
    [InlineData("April 1st 2022", "2022-04-01")]
    [InlineData("June 29th", "2023-06-29")]
    [InlineData("29 February 2024", "2024-02-29")]
    [InlineData("By 30/06/2023", "2023-06-30")]
    public void Reads_a_day(string text, string day) =>
        AssertParsed(text, day, day, DatePrecision.Day, defaultYear: 2023);

    [Theory]
    [InlineData("May 22", "2022-05-01", "2022-05-31")]
    [InlineData("May 2022", "2022-05-01", "2022-05-31")]
    [InlineData("Sept 23", "2023-09-01", "2023-09-30")]
    [InlineData("Sept 22", "2022-09-01", "2022-09-30")]
    [InlineData("Sep 22", "2022-09-01", "2022-09-30")]
    [InlineData("September 2022", "2022-09-01", "2022-09-30")]
    [InlineData("Feb 24", "2024-02-01", "2024-02-29")]
    [InlineData("Feb 23", "2023-02-01", "2023-02-28")]
    [InlineData("Jan 22", "2022-01-01", "2022-01-31")]
    [InlineData("January 2022", "2022-01-01", "2022-01-31")]
    [InlineData("Mar-22", "2022-03-01", "2022-03-31")]
    [InlineData("Apr/2022", "2022-04-01", "2022-04-30")]
    [InlineData("Jun '22", "2022-06-01", "2022-06-30")]
    [InlineData("Jul 22", "2022-07-01", "2022-07-31")]
    [InlineData("Aug. 22", "2022-08-01", "2022-08-31")]
    [InlineData("Oct 21", "2021-10-01", "2021-10-31")]
    [InlineData("Nov 2022", "2022-11-01", "2022-11-30")]
    [InlineData("Dec 21", "2021-12-01", "2021-12-31")]
    [InlineData("DECEMBER 22", "2022-12-01", "2022-12-31")]
    [InlineData("  May   22  ", "2022-05-01", "2022-05-31")]
    [InlineData("03/2023", "2023-03-01", "2023-03-31")]
    [InlineData("2023-03", "2023-03-01", "2023-03-31")]
    [InlineData("by May 22", "2022-05-01", "2022-05-31")]
    [InlineData("By end of May 22", "2022-05-01", "2022-05-31")]
    [InlineData("by the end of March 2022", "2022-03-01", "2022-03-31")]
    [InlineData("end Feb 22", "2022-02-01", "2022-02-28")]
    [InlineData("mid-May 2022", "2022-05-01", "2022-05-31")]
    [InlineData("From April 2022 onwards", "2022-04-01", "2022-04-30")]
    [InlineData("Dec 22 (tbc)", "2022-12-01", "2022-12-31")]
    [InlineData("May 22.", "2022-05-01", "2022-05-31")]
    public void Reads_a_month(string text, string start, string end) =>
        AssertParsed(text, start, end, DatePrecision.Month);

    [Theory]
    [InlineData("Autumn 2021", "2021-09-01", "2021-12-31")]
    [InlineData("Autumn term 2023", "2023-09-01", "2023-12-31")]
    [InlineData("Spring 22", "2022-01-01", "2022-03-31")]
    [InlineData("Summer Term 2022", "2022-04-01", "2022-07-31")]
    [InlineData("Spring/Summer 22", "2022-01-01", "2022-07-31")]
    [InlineData("Spring/ Summer 22", "2022-01-01", "2022-07-31")]
    [InlineData("Spring and Summer terms 2022", "2022-01-01", "2022-07-31")]
    [InlineData("Spring - Summer 2022", "2022-01-01", "2022-07-31")]
    [InlineData("Autumn Term 17/18", "2017-09-01", "2017-12-31")]
    [InlineData("Spring term 2023/24", "2024-01-01", "2024-03-31")]
    [InlineData("Summer 2023-24", "2024-04-01", "2024-07-31")]
    [InlineData("Autumn/Spring 2022/23", "2022-09-01", "2023-03-31")]
    [InlineData("Autumn/Spring 22", "2022-09-01", "2023-03-31")]
    [InlineData("Summer to Autumn 2022", "2022-04-01", "2022-12-31")]
    public void Reads_a_term(string text, string start, string end) =>
        AssertParsed(text, start, end, DatePrecision.Season);

    [Theory]
    [InlineData("2023/24", "2023-09-01", "2024-08-31")]
    [InlineData("2022/23", "2022-09-01", "2023-08-31")]
    [InlineData("2022-23", "2022-09-01", "2023-08-31")]
    [InlineData("2022/2023", "2022-09-01", "2023-08-31")]
    [InlineData("22/23", "2022-09-01", "2023-08-31")]
    [InlineData("2099/00", "2099-09-01", "2100-08-31")]
    [InlineData("academic year 2023/24", "2023-09-01", "2024-08-31")]
    [InlineData("AY 2023/24", "2023-09-01", "2024-08-31")]
    [InlineData("financial year 2023/24", "2023-04-01", "2024-03-31")]
    [InlineData("FY23/24", "2023-04-01", "2024-03-31")]
    [InlineData("2023/24 financial year", "2023-04-01", "2024-03-31")]
    [InlineData("2022", "2022-01-01", "2022-12-31")]
    [InlineData("in 2022", "2022-01-01", "2022-12-31")]
    [InlineData("Year End 2021/22", "2021-09-01", "2022-08-31")]
    public void Reads_a_year(string text, string start, string end) =>
        AssertParsed(text, start, end, DatePrecision.Year);

    [Theory]
    [InlineData("March - July 22", "2022-03-01", "2022-07-31")]
    [InlineData("March \u2013 July 2022", "2022-03-01", "2022-07-31")]
    [InlineData("March-July 22", "2022-03-01", "2022-07-31")]
    [InlineData("March to July 22", "2022-03-01", "2022-07-31")]
    [InlineData("March/April 2022", "2022-03-01", "2022-04-30")]
    [InlineData("between March and July 2022", "2022-03-01", "2022-07-31")]
    [InlineData("November 21 - Feb 22", "2021-11-01", "2022-02-28")]
    [InlineData("November - Feb 22", "2021-11-01", "2022-02-28")]
    [InlineData("Nov 21 - Feb", "2021-11-01", "2022-02-28")]
    [InlineData("Sept 22 - July 23", "2022-09-01", "2023-07-31")]
    [InlineData("1 March - 31 July 2022", "2022-03-01", "2022-07-31")]
    [InlineData("Autumn 2021 - Summer 2022", "2021-09-01", "2022-07-31")]
    [InlineData("2022-2025", "2022-01-01", "2025-12-31")]
    [InlineData("2022/25", "2022-01-01", "2025-12-31")]
    [InlineData("Q1 2023", "2023-01-01", "2023-03-31")]
    [InlineData("Q4 2023", "2023-10-01", "2023-12-31")]
    [InlineData("2022/23 Q1", "2022-04-01", "2022-06-30")]
    [InlineData("Q 4 22/23", "2023-01-01", "2023-03-31")]
    [InlineData("Q2 2022/23", "2022-07-01", "2022-09-30")]
    public void Reads_a_range(string text, string start, string end) =>
        AssertParsed(text, start, end, DatePrecision.Range);

    [Theory]
    [InlineData(
        "90% of agencies adopting the strategy by Nov 2022",
        "2022-11-01",
        "2022-11-30",
        DatePrecision.Month
    )]
    [InlineData("Refresh and relaunch by May 22", "2022-05-01", "2022-05-31", DatePrecision.Month)]
    [InlineData(
        "Keyworker Team operational from 01.04.22 onwards",
        "2022-04-01",
        "2022-04-01",
        DatePrecision.Day
    )]
    [InlineData(
        "Report due 17th November 2022 to the board",
        "2022-11-17",
        "2022-11-17",
        DatePrecision.Day
    )]
    [InlineData(
        "Develop a baseline survey in February 2022 and pilot it",
        "2022-02-01",
        "2022-02-28",
        DatePrecision.Month
    )]
    [InlineData(
        "Review in the Autumn term 2023 with schools",
        "2023-09-01",
        "2023-12-31",
        DatePrecision.Season
    )]
    public void Finds_a_date_inside_a_sentence(
        string text,
        string start,
        string end,
        DatePrecision precision
    ) => AssertParsed(text, start, end, precision);

    [Theory]
    [InlineData("tbc")]
    [InlineData("TBC")]
    [InlineData("ongoing")]
    [InlineData("Ongoing")]
    [InlineData("n/a")]
    [InlineData("None")]
    [InlineData("To be included in campaign relaunch")]
    [InlineData("Details in NEET prevention strategy and action plan")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("February")]
    [InlineData("29th June")]
    [InlineData("Autumn term")]
    [InlineData("31/02/2023")]
    [InlineData("32/01/2023")]
    [InlineData("13/2023")]
    [InlineData("2023-13")]
    [InlineData("0000-01-01")]
    [InlineData("1850")]
    [InlineData("May 1850")]
    [InlineData("2023/22")]
    [InlineData("2023/23")]
    [InlineData("Autumn 23/25")]
    [InlineData("22/25")]
    [InlineData("Autumn 1850")]
    [InlineData("Q1 2022/24")]
    [InlineData("Q1 1850")]
    [InlineData("financial year 2022/25")]
    [InlineData("July - March 22 - 2021")]
    [InlineData("Sept 23 - May 22")]
    [InlineData("- May")]
    [InlineData("12 months \u2013 November")]
    [InlineData("Two in January")]
    [InlineData("Version 2023/22/1")]
    [InlineData("9999999999999999999/12/2023")]
    [InlineData("\u0000\uffff(((")]
    public void Gives_unknown_precision_for_text_that_names_no_date(string text)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.Text);
        Assert.Equal(DatePrecision.Unknown, date.Precision);
        Assert.Null(date.Start);
        Assert.Null(date.End);
        Assert.False(date.IsInferred);
    }

    [Fact]
    public void Keeps_null_text_as_null()
    {
        var date = PartialDate.Parse(null);

        Assert.Equal(new PartialDate(null, null, null, DatePrecision.Unknown), date);
    }

    [Fact]
    public void Never_throws_on_very_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("May 22 - ", 10_000)) + "tbc";

        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("February", 2022, "2022-02-01", "2022-02-28", DatePrecision.Month)]
    [InlineData("29th June", 2023, "2023-06-29", "2023-06-29", DatePrecision.Day)]
    [InlineData("3rd March", 2022, "2022-03-03", "2022-03-03", DatePrecision.Day)]
    [InlineData("Autumn term", 2021, "2021-09-01", "2021-12-31", DatePrecision.Season)]
    [InlineData("March - July", 2022, "2022-03-01", "2022-07-31", DatePrecision.Range)]
    [InlineData("November - February", 2022, "2021-11-01", "2022-02-28", DatePrecision.Range)]
    public void Uses_the_default_year_when_the_text_names_none_and_marks_it_inferred(
        string text,
        int year,
        string start,
        string end,
        DatePrecision precision
    )
    {
        var date = PartialDate.Parse(text, defaultYear: year);

        Assert.Equal(
            (D(start), D(end), precision),
            (date.Start!.Value, date.End!.Value, date.Precision)
        );
        Assert.True(date.IsInferred);
    }

    [Fact]
    public void A_year_in_the_text_wins_over_the_default_year_and_is_not_inferred()
    {
        var date = PartialDate.Parse("May 22", defaultYear: 2030);

        Assert.Equal(D("2022-05-31"), date.End);
        Assert.False(date.IsInferred);
    }

    [Fact]
    public void Takes_the_year_from_the_stated_date_when_no_default_year_is_given()
    {
        var date = PartialDate.Parse("February", statedDate: D("2022-02-28"));

        Assert.Equal((D("2022-02-01"), D("2022-02-28")), (date.Start!.Value, date.End!.Value));
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.True(date.IsInferred);
    }

    [Fact]
    public void The_default_year_wins_over_the_stated_dates_year()
    {
        var date = PartialDate.Parse("3rd March", statedDate: D("2021-12-09"), defaultYear: 2022);

        Assert.Equal(D("2022-03-03"), date.End);
    }

    [Fact]
    public void The_parsed_text_wins_over_a_stated_date()
    {
        var date = PartialDate.Parse("Sept 22", statedDate: D("2022-09-30"));

        Assert.Equal((D("2022-09-01"), D("2022-09-30")), (date.Start!.Value, date.End!.Value));
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.False(date.IsInferred);
    }

    [Theory]
    [InlineData("tbc", false)]
    [InlineData("To be included in campaign relaunch", true)]
    [InlineData(null, false)]
    [InlineData("", true)]
    public void Uses_the_stated_date_as_a_day_when_the_text_names_no_date(
        string? text,
        bool inferred
    )
    {
        var date = PartialDate.Parse(text, statedDate: D("2021-12-09"), inferred: inferred);

        Assert.Equal(
            new PartialDate(text, D("2021-12-09"), D("2021-12-09"), DatePrecision.Day, inferred),
            date
        );
    }

    [Fact]
    public void Passes_the_inferred_flag_through_when_the_text_states_the_year()
    {
        var date = PartialDate.Parse("May 22", inferred: true);

        Assert.True(date.IsInferred);
    }

    [Fact]
    public void From_day_is_a_day_with_no_text()
    {
        var date = PartialDate.FromDay(D("2023-06-30"), inferred: true);

        Assert.Equal(
            new PartialDate(null, D("2023-06-30"), D("2023-06-30"), DatePrecision.Day, true),
            date
        );
    }

    [Theory]
    [InlineData("31/03/2023", "31 March 2023")]
    [InlineData("May 22", "May 2022")]
    [InlineData("Autumn 2021", "Autumn term 2021")]
    [InlineData("Spring/Summer 22", "Spring and Summer terms 2022")]
    [InlineData("Autumn/Spring 2022/23", "Autumn term 2022 to Spring term 2023")]
    [InlineData("2023/24", "2023/24")]
    [InlineData("2022", "2022")]
    [InlineData("FY 2023/24", "financial year 2023/24")]
    [InlineData("March - July 22", "March to July 2022")]
    [InlineData("November 21 - Feb 22", "November 2021 to February 2022")]
    [InlineData("1 March - 15 July 2022", "1 March 2022 to 15 July 2022")]
    [InlineData("2022-2025", "January 2022 to December 2025")]
    [InlineData("  tbc ", "tbc")]
    public void Displays_the_date_for_a_reader(string text, string display) =>
        Assert.Equal(display, PartialDate.Parse(text).Display);

    [Theory]
    [InlineData("2022-05-01", "2022-05-31", DatePrecision.Day, "May 2022")]
    [InlineData("2022-05-03", "2022-05-03", DatePrecision.Month, "3 May 2022")]
    [InlineData("2022-05-03", "2022-05-09", DatePrecision.Month, "3 May 2022 to 9 May 2022")]
    [InlineData("2022-02-01", "2022-05-31", DatePrecision.Season, "February to May 2022")]
    [InlineData("2022-09-01", "2022-10-31", DatePrecision.Season, "September to October 2022")]
    [InlineData("2022-08-01", "2022-08-31", DatePrecision.Season, "August 2022")]
    [InlineData("2022-02-01", "2023-01-31", DatePrecision.Year, "February 2022 to January 2023")]
    [InlineData("2022-04-01", "2022-06-30", DatePrecision.Range, "April to June 2022")]
    public void Displays_hand_built_dates_by_their_days(
        string start,
        string end,
        DatePrecision precision,
        string display
    ) => Assert.Equal(display, new PartialDate(null, D(start), D(end), precision).Display);

    [Theory]
    [InlineData(null, "")]
    [InlineData("ongoing", "ongoing")]
    public void Displays_the_text_when_no_dates_are_known(string? text, string display) =>
        Assert.Equal(
            display,
            new PartialDate(text, null, D("2022-01-01"), DatePrecision.Month).Display
        );

    [Fact]
    public void Displays_the_text_for_unknown_precision_even_with_dates() =>
        Assert.Equal(
            "soon",
            new PartialDate("soon", D("2022-01-01"), D("2022-01-01"), DatePrecision.Unknown).Display
        );
}
