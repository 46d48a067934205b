using System.Globalization;

namespace PartnershipGraph.Domain.Common;

/// <summary>Formats a <see cref="PartialDate"/> for a reader, in English whatever the server's culture.</summary>
internal static class PartialDateDisplay
{
    public static string Format(PartialDate date)
    {
        if (
            date.Start is not { } start
            || date.End is not { } end
            || date.Precision == DatePrecision.Unknown
        )
        {
            return date.Text?.Trim() ?? string.Empty;
        }

        return date.Precision switch
        {
            DatePrecision.Day when start == end => Day(end),
            DatePrecision.Month
                when IsWholeMonths(start, end)
                    && start.Month == end.Month
                    && start.Year == end.Year => MonthYear(end),
            DatePrecision.Season => Terms(start, end) ?? Months(start, end),
            DatePrecision.Year => Year(start, end) ?? Months(start, end),
            _ => Months(start, end),
        };
    }

    /// <summary>"30 June 2023".</summary>
    public static string Day(DateOnly day) =>
        day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string MonthYear(DateOnly day) =>
        day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly day) =>
        day.ToString("MMMM", CultureInfo.InvariantCulture);

    private static bool IsWholeMonths(DateOnly start, DateOnly end) =>
        start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month);

    private static string Months(DateOnly start, DateOnly end)
    {
        if (!IsWholeMonths(start, end))
        {
            return start == end ? Day(start) : $"{Day(start)} to {Day(end)}";
        }

        if (start.Year == end.Year)
        {
            return start.Month == end.Month
                ? MonthYear(end)
                : $"{MonthName(start)} to {MonthYear(end)}";
        }

        return $"{MonthYear(start)} to {MonthYear(end)}";
    }

    /// <summary>"Autumn term 2021", "Spring and Summer terms 2022", "Autumn term 2022 to Spring term 2023".</summary>
    private static string? Terms(DateOnly start, DateOnly end)
    {
        if (
            SchoolTerm.TermOf(start) is not { } first
            || SchoolTerm.TermOf(end) is not { } last
            || SchoolTerm.InCalendarYear(first, start.Year).Start != start
            || SchoolTerm.InCalendarYear(last, end.Year).End != end
        )
        {
            return null;
        }

        if (start.Year != end.Year)
        {
            return $"{first} term {start.Year} to {last} term {end.Year}";
        }

        return first == last
            ? $"{first} term {start.Year}"
            : $"{first} and {last} terms {start.Year}";
    }

    /// <summary>"2022", "2023/24" (academic), "financial year 2023/24".</summary>
    private static string? Year(DateOnly start, DateOnly end)
    {
        if (start == new DateOnly(start.Year, 1, 1) && end == new DateOnly(start.Year, 12, 31))
        {
            return start.Year.ToString(CultureInfo.InvariantCulture);
        }

        if (
            start == SchoolTerm.AcademicYearStart(start.Year)
            && end == SchoolTerm.AcademicYearEnd(start.Year)
        )
        {
            return SchoolTerm.FormatAcademicYear(start.Year);
        }

        return start == new DateOnly(start.Year, 4, 1) && end == new DateOnly(start.Year + 1, 3, 31)
            ? $"financial year {SchoolTerm.FormatAcademicYear(start.Year)}"
            : null;
    }
}
