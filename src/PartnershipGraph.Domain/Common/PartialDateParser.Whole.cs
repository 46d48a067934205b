using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipGraph.Domain.Common;

/// <summary>The forms a whole (normalised) date text can take.</summary>
internal static partial class PartialDateParser
{
    internal static class Patterns
    {
        public const string Month =
            @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

        public const string Term = "autumn|spring|summer";
    }

    private const int MaxYearsInRange = 20;

    /// <summary>The text as one date, term, year or quarter, or null.</summary>
    internal static DateSpan? ParseWhole(string s, int? year) =>
        Day(s, year) ?? MonthOf(s, year) ?? Terms(s, year) ?? Quarter(s) ?? Years(s) ?? IsoMonth(s);

    private static DateSpan? Day(string s, int? year)
    {
        if (IsoDayPattern().Match(s) is { Success: true } iso)
        {
            return DayOf(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), false);
        }

        if (NumericDayPattern().Match(s) is { Success: true } numeric)
        {
            return DayOf(YearOf(numeric), Number(numeric, "m"), Number(numeric, "d"), false);
        }

        var written = DayMonthPattern().Match(s);
        if (!written.Success)
        {
            written = MonthDayPattern().Match(s);
        }

        if (!written.Success)
        {
            return null;
        }

        var stated = written.Groups["y"].Success;
        var y = stated ? YearOf(written) : year;
        return y is { } known
            ? DayOf(known, MonthNumber(written), Number(written, "d"), !stated)
            : null;
    }

    private static DateSpan? DayOf(int year, int month, int day, bool yearDefaulted) =>
        IsValid(year, month, day)
            ? new DateSpan(
                new DateOnly(year, month, day),
                new DateOnly(year, month, day),
                DatePrecision.Day,
                yearDefaulted
            )
            : null;

    private static DateSpan? MonthOf(string s, int? year)
    {
        if (MonthYearPattern().Match(s) is { Success: true } written)
        {
            return Month(YearOf(written), MonthNumber(written), false);
        }

        if (NumericMonthPattern().Match(s) is { Success: true } numeric)
        {
            return Month(YearOf(numeric), Number(numeric, "m"), false);
        }

        return MonthOnlyPattern().Match(s) is { Success: true } bare && year is { } y
            ? Month(y, MonthNumber(bare), true)
            : null;
    }

    private static DateSpan? IsoMonth(string s) =>
        IsoMonthPattern().Match(s) is { Success: true } iso
            ? Month(Number(iso, "y"), Number(iso, "m"), false)
            : null;

    private static DateSpan? Month(int year, int month, bool yearDefaulted) =>
        IsValid(year, month, 1)
            ? new DateSpan(
                new DateOnly(year, month, 1),
                new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
                DatePrecision.Month,
                yearDefaulted
            )
            : null;

    /// <summary>"Autumn 2021", "Autumn term 2023", "Autumn Term 17/18", "Spring/Summer 22".</summary>
    private static DateSpan? Terms(string s, int? year)
    {
        var match = TermPattern().Match(s);
        if (!match.Success)
        {
            return null;
        }

        SchoolTerm.TryParseTermName(match.Groups["t1"].Value, out var first);
        var last = first;
        if (match.Groups["t2"].Success)
        {
            SchoolTerm.TryParseTermName(match.Groups["t2"].Value, out last);
        }

        var academic = match.Groups["y2"].Success;
        int start;
        if (academic)
        {
            start = YearOf(match, "y1");
            if (SchoolTerm.SecondYearFromDigits(start, match.Groups["y2"].Value) != start + 1)
            {
                return null;
            }
        }
        else if (match.Groups["y1"].Success)
        {
            start = YearOf(match, "y1");
        }
        else if (year is { } y)
        {
            start = y;
        }
        else
        {
            return null;
        }

        if (!SchoolTerm.IsSupportedYear(start))
        {
            return null;
        }

        var from = academic
            ? SchoolTerm.InAcademicYear(first, start)
            : SchoolTerm.InCalendarYear(first, start);
        var to = academic
            ? SchoolTerm.InAcademicYear(last, start)
            : SchoolTerm.InCalendarYear(last, start);
        if (to.Start < from.Start)
        {
            to = (to.Start.AddYears(1), to.End.AddYears(1));
        }

        return new DateSpan(from.Start, to.End, DatePrecision.Season, !match.Groups["y1"].Success);
    }

    /// <summary>"Q1 2023" (calendar) or "2022/23 Q1", "Q 4 22/23" (financial, from April).</summary>
    private static DateSpan? Quarter(string s)
    {
        var match = QuarterPattern().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var quarter = Number(match, "q");
        var first = YearOf(match, "y1");
        if (!SchoolTerm.IsSupportedYear(first))
        {
            return null;
        }

        DateOnly start;
        if (match.Groups["y2"].Success)
        {
            if (SchoolTerm.SecondYearFromDigits(first, match.Groups["y2"].Value) != first + 1)
            {
                return null;
            }

            start = new DateOnly(first, 4, 1).AddMonths(3 * (quarter - 1));
        }
        else
        {
            start = new DateOnly(first, 1, 1).AddMonths(3 * (quarter - 1));
        }

        return new DateSpan(start, start.AddMonths(3).AddDays(-1), DatePrecision.Range);
    }

    /// <summary>"2022" (calendar), "2023/24" (academic), "financial year 2023/24", "2022-2025" (a range of years).</summary>
    private static DateSpan? Years(string s)
    {
        if (SingleYearPattern().Match(s) is { Success: true } single)
        {
            var y = Number(single, "y");
            return SchoolTerm.IsSupportedYear(y)
                ? new DateSpan(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year)
                : null;
        }

        var pair = YearPairPattern().Match(s);
        if (!pair.Success)
        {
            return null;
        }

        var first = YearOf(pair, "y1");
        var last = SchoolTerm.SecondYearFromDigits(first, pair.Groups["y2"].Value);
        if (
            !SchoolTerm.IsSupportedYear(first)
            || !SchoolTerm.IsSupportedYear(last)
            || last <= first
        )
        {
            return null;
        }

        var kind = pair.Groups["kind"].Value + pair.Groups["kind2"].Value;
        var financial = kind is "financial" or "fiscal" or "fy";
        if (last == first + 1)
        {
            return financial
                ? new DateSpan(
                    new DateOnly(first, 4, 1),
                    new DateOnly(last, 3, 31),
                    DatePrecision.Year
                )
                : new DateSpan(
                    SchoolTerm.AcademicYearStart(first),
                    SchoolTerm.AcademicYearEnd(first),
                    DatePrecision.Year
                );
        }

        // A range of calendar years starts with four digits and runs forward without wrapping a century.
        var plainRange =
            kind.Length == 0
            && pair.Groups["y1"].Length == 4
            && last - first <= MaxYearsInRange
            && (pair.Groups["y2"].Length == 4 || last % 100 > first % 100);
        return plainRange
            ? new DateSpan(
                new DateOnly(first, 1, 1),
                new DateOnly(last, 12, 31),
                DatePrecision.Range
            )
            : null;
    }

    private static bool IsValid(int year, int month, int day) =>
        SchoolTerm.IsSupportedYear(year)
        && month is >= 1 and <= 12
        && day >= 1
        && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int YearOf(Match match, string group = "y") =>
        SchoolTerm.YearFromDigits(match.Groups[group].Value);

    private static int MonthNumber(Match match) =>
        match.Groups["mon"].Value[..3] switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            _ => 12,
        };

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDayPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$")]
    private static partial Regex NumericDayPattern();

    [GeneratedRegex(
        @"^(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
            + Patterns.Month
            + @"(?:,?\s+(?<y>\d{4}|\d{2}))?$"
    )]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(
        "^"
            + Patterns.Month
            + @"\s+(?<d>\d{1,2})(?:(?:st|nd|rd|th),?(?:\s+(?<y>\d{4}))?|,?\s+(?<y>\d{4}))$"
    )]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex("^" + Patterns.Month + @"(?:\s*[-/']\s*|\s+)'?(?<y>\d{4}|\d{2})$")]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex("^" + Patterns.Month + "$")]
    private static partial Regex MonthOnlyPattern();

    [GeneratedRegex(@"^(?<m>\d{1,2})[/.\-](?<y>\d{4})$")]
    private static partial Regex NumericMonthPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex IsoMonthPattern();

    [GeneratedRegex(
        "^(?<t1>"
            + Patterns.Term
            + @")(?:\s+terms?)?(?:(?:\s*[/&-]\s*|\s+(?:and|to)\s+)(?<t2>"
            + Patterns.Term
            + @")(?:\s+terms?)?)?(?:\s+(?<y1>\d{4}|\d{2})(?:\s*[/-]\s*(?<y2>\d{4}|\d{2}))?)?$"
    )]
    private static partial Regex TermPattern();

    [GeneratedRegex(
        @"^(?:q\s?(?<q>[1-4])\s+(?<y1>\d{4})|q\s?(?<q>[1-4])\s+(?<y1>\d{4}|\d{2})\s*/\s*(?<y2>\d{4}|\d{2})|(?<y1>\d{4}|\d{2})\s*/\s*(?<y2>\d{4}|\d{2})\s+q\s?(?<q>[1-4]))$"
    )]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<y>\d{4})$")]
    private static partial Regex SingleYearPattern();

    [GeneratedRegex(
        @"^(?:(?<kind>academic|financial|fiscal)\s+year\s+|(?<kind>fy|ay)\s*)?(?<y1>\d{4}|\d{2})\s*[/-]\s*(?<y2>\d{4}|\d{2})(?:\s+(?<kind2>academic|financial|fiscal)\s+year)?$"
    )]
    private static partial Regex YearPairPattern();
}
