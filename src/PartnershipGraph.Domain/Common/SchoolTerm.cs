using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipGraph.Domain.Common;

/// <summary>The English school calendar as the papers use it: three terms and an academic year from September to August.</summary>
/// <remarks>
/// Term dates vary by school and Easter moves, so terms are whole months by convention:
/// Autumn September–December, Spring January–March, Summer April–July. August is in no term.
/// </remarks>
public static partial class SchoolTerm
{
    /// <summary>The first and last day of a term in a calendar year ("Autumn 2021" is September–December 2021).</summary>
    public static (DateOnly Start, DateOnly End) InCalendarYear(TermName term, int year) =>
        term switch
        {
            TermName.Autumn => (new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
            TermName.Spring => (new DateOnly(year, 1, 1), new DateOnly(year, 3, 31)),
            _ => (new DateOnly(year, 4, 1), new DateOnly(year, 7, 31)),
        };

    /// <summary>The first and last day of a term in the academic year starting in <paramref name="startYear"/> ("Spring 2023/24" is January–March 2024).</summary>
    public static (DateOnly Start, DateOnly End) InAcademicYear(TermName term, int startYear) =>
        InCalendarYear(term, term == TermName.Autumn ? startYear : startYear + 1);

    /// <summary>The first day (1 September) of the academic year starting in <paramref name="startYear"/>.</summary>
    public static DateOnly AcademicYearStart(int startYear) => new(startYear, 9, 1);

    /// <summary>The last day (31 August) of the academic year starting in <paramref name="startYear"/>.</summary>
    public static DateOnly AcademicYearEnd(int startYear) => new(startYear + 1, 8, 31);

    /// <summary>The calendar year in which the academic year containing <paramref name="date"/> starts.</summary>
    public static int AcademicYearOf(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    /// <summary>The term containing <paramref name="date"/>, or null in August.</summary>
    public static TermName? TermOf(DateOnly date) =>
        date.Month switch
        {
            >= 9 => TermName.Autumn,
            <= 3 => TermName.Spring,
            <= 7 => TermName.Summer,
            _ => null,
        };

    /// <summary>The academic year as the papers write it: 2023 gives "2023/24".</summary>
    public static string FormatAcademicYear(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    /// <summary>Reads an academic year such as "2023/24", "2023-24", "2023/2024" or "23/24".</summary>
    /// <returns>True, with the year it starts in, when the text is one academic year.</returns>
    public static bool TryParseAcademicYear(string? text, out int startYear)
    {
        startYear = 0;
        var match = AcademicYearPattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var first = YearFromDigits(match.Groups["y1"].Value);
        var second = SecondYearFromDigits(first, match.Groups["y2"].Value);
        if (second != first + 1 || !IsSupportedYear(first))
        {
            return false;
        }

        startYear = first;
        return true;
    }

    /// <summary>Reads a term's name: "autumn", "Spring", "SUMMER" (the word only).</summary>
    public static bool TryParseTermName(string? text, out TermName term)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "AUTUMN":
                term = TermName.Autumn;
                return true;
            case "SPRING":
                term = TermName.Spring;
                return true;
            case "SUMMER":
                term = TermName.Summer;
                return true;
            default:
                term = default;
                return false;
        }
    }

    /// <summary>Years the papers can mean; others are treated as not a year, so no date is ever out of range.</summary>
    internal static bool IsSupportedYear(int year) => year is >= 1900 and <= 2199;

    /// <summary>A year written with two digits is in the 2000s; four digits are taken as written.</summary>
    internal static int YearFromDigits(string digits) =>
        digits.Length == 2
            ? 2000 + int.Parse(digits, CultureInfo.InvariantCulture)
            : int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>The second year of a pair such as "2099/00": two digits continue the first year's century.</summary>
    internal static int SecondYearFromDigits(int first, string digits)
    {
        if (digits.Length == 4)
        {
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        var second = first - (first % 100) + int.Parse(digits, CultureInfo.InvariantCulture);
        return second < first ? second + 100 : second;
    }

    [GeneratedRegex(
        @"^(?<y1>\d{4}|\d{2})\s*[/\-\u2013]\s*(?<y2>\d{4}|\d{2})$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AcademicYearPattern();
}
