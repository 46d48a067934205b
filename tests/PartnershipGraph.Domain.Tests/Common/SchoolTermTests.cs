using System.Globalization;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class SchoolTermTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TermName.Autumn, 2021, "2021-09-01", "2021-12-31")]
    [InlineData(TermName.Spring, 2022, "2022-01-01", "2022-03-31")]
    [InlineData(TermName.Summer, 2022, "2022-04-01", "2022-07-31")]
    public void A_term_in_a_calendar_year_is_whole_months(
        TermName term,
        int year,
        string start,
        string end
    ) => Assert.Equal((D(start), D(end)), SchoolTerm.InCalendarYear(term, year));

    [Theory]
    [InlineData(TermName.Autumn, 2023, "2023-09-01", "2023-12-31")]
    [InlineData(TermName.Spring, 2023, "2024-01-01", "2024-03-31")]
    [InlineData(TermName.Summer, 2023, "2024-04-01", "2024-07-31")]
    public void Spring_and_summer_of_an_academic_year_fall_in_its_second_calendar_year(
        TermName term,
        int startYear,
        string start,
        string end
    ) => Assert.Equal((D(start), D(end)), SchoolTerm.InAcademicYear(term, startYear));

    [Fact]
    public void An_academic_year_runs_from_september_to_august()
    {
        Assert.Equal(D("2023-09-01"), SchoolTerm.AcademicYearStart(2023));
        Assert.Equal(D("2024-08-31"), SchoolTerm.AcademicYearEnd(2023));
    }

    [Theory]
    [InlineData("2023-09-01", 2023)]
    [InlineData("2023-12-31", 2023)]
    [InlineData("2024-01-01", 2023)]
    [InlineData("2024-08-31", 2023)]
    public void Finds_the_academic_year_of_a_day(string day, int startYear) =>
        Assert.Equal(startYear, SchoolTerm.AcademicYearOf(D(day)));

    [Theory]
    [InlineData("2023-09-01", TermName.Autumn)]
    [InlineData("2023-12-31", TermName.Autumn)]
    [InlineData("2024-01-01", TermName.Spring)]
    [InlineData("2024-03-31", TermName.Spring)]
    [InlineData("2024-04-01", TermName.Summer)]
    [InlineData("2024-07-31", TermName.Summer)]
    [InlineData("2024-08-15", null)]
    public void Finds_the_term_of_a_day(string day, TermName? term) =>
        Assert.Equal(term, SchoolTerm.TermOf(D(day)));

    [Theory]
    [InlineData(2023, "2023/24")]
    [InlineData(2009, "2009/10")]
    [InlineData(2099, "2099/00")]
    public void Formats_an_academic_year_as_the_papers_do(int startYear, string text) =>
        Assert.Equal(text, SchoolTerm.FormatAcademicYear(startYear));

    [Theory]
    [InlineData("2023/24", 2023)]
    [InlineData("2023-24", 2023)]
    [InlineData("2023\u201324", 2023)]
    [InlineData("2023/2024", 2023)]
    [InlineData("23/24", 2023)]
    [InlineData(" 17/18 ", 2017)]
    [InlineData("2099/00", 2099)]
    public void Reads_an_academic_year(string text, int startYear)
    {
        Assert.True(SchoolTerm.TryParseAcademicYear(text, out var year));
        Assert.Equal(startYear, year);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2023")]
    [InlineData("2023/25")]
    [InlineData("2024/23")]
    [InlineData("1850/51")]
    [InlineData("Autumn 2023/24")]
    [InlineData("2023/24/25")]
    public void Rejects_text_that_is_not_one_academic_year(string? text)
    {
        Assert.False(SchoolTerm.TryParseAcademicYear(text, out var year));
        Assert.Equal(0, year);
    }

    [Theory]
    [InlineData("autumn", TermName.Autumn)]
    [InlineData("Spring", TermName.Spring)]
    [InlineData(" SUMMER ", TermName.Summer)]
    public void Reads_a_term_name(string text, TermName term)
    {
        Assert.True(SchoolTerm.TryParseTermName(text, out var parsed));
        Assert.Equal(term, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("winter")]
    [InlineData("autumn term")]
    public void Rejects_a_word_that_is_not_a_term(string? text) =>
        Assert.False(SchoolTerm.TryParseTermName(text, out _));
}
