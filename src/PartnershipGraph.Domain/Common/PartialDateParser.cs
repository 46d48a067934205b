using System.Text.RegularExpressions;

namespace PartnershipGraph.Domain.Common;

/// <summary>Turns a date as the papers write it into a <see cref="PartialDate"/>; never throws.</summary>
internal static partial class PartialDateParser
{
    private const int MaxLength = 500;

    public static PartialDate Parse(
        string? text,
        DateOnly? statedDate,
        bool inferred,
        int? defaultYear
    )
    {
        var year = defaultYear ?? statedDate?.Year;
        var span = string.IsNullOrWhiteSpace(text) ? null : ParseText(text, year);
        if (span is { } parsed)
        {
            return new PartialDate(
                text,
                parsed.Start,
                parsed.End,
                parsed.Precision,
                inferred || parsed.YearDefaulted
            );
        }

        // Text that says no date ("tbc") still has the date the paper or an editor stated beside it.
        return statedDate is { } stated
            ? new PartialDate(text, stated, stated, DatePrecision.Day, inferred)
            : new PartialDate(text, null, null, DatePrecision.Unknown, inferred);
    }

    private static DateSpan? ParseText(string text, int? year)
    {
        var clean = Normalise(text.Length > MaxLength ? text[..MaxLength] : text);
        return ParseWhole(clean, year) ?? ParseRange(clean, year) ?? ParseEmbedded(clean, year);
    }

    /// <summary>Lower case, plain dashes and spaces, no trailing note in brackets, no filler such as "by the end of".</summary>
    internal static string Normalise(string text)
    {
        var s = text.ToLowerInvariant()
            .Replace('\u2013', '-')
            .Replace('\u2014', '-')
            .Replace('\u2212', '-')
            .Replace('\u2019', '\'')
            .Replace('\u00a0', ' ');
        s = Whitespace().Replace(s, " ").Trim();
        s = TrailingBracket().Replace(s, string.Empty);
        s = s.TrimEnd('.', ',', ';', ':', ' ');
        string previous;
        do
        {
            previous = s;
            s = LeadingFiller().Replace(s, string.Empty);
            s = TrailingFiller().Replace(s, string.Empty);
        } while (s != previous);

        return s;
    }

    /// <summary>Two dates joined by "-", "to", "/" or "and": "March - July 22", "November 21 - Feb 22".</summary>
    private static DateSpan? ParseRange(string s, int? year)
    {
        foreach (Match separator in RangeSeparator().Matches(s))
        {
            var left = s[..separator.Index].Trim();
            var right = s[(separator.Index + separator.Length)..].Trim();
            if (left.Length == 0 || right.Length == 0)
            {
                continue;
            }

            var range = JoinRange(left, right, year);
            if (range is not null)
            {
                return range;
            }
        }

        return null;
    }

    private static DateSpan? JoinRange(string left, string right, int? year)
    {
        if (ParseWhole(right, year) is { } end)
        {
            var start = ParseWhole(left, end.Start.Year);
            if (start is { YearDefaulted: true } s && s.Start > end.Start)
            {
                start = ParseWhole(left, end.Start.Year - 1);
            }

            return Span(start, end, end.YearDefaulted);
        }

        if (ParseWhole(left, year) is { } first)
        {
            var last = ParseWhole(right, first.Start.Year);
            if (last is { YearDefaulted: true } l && l.End < first.End)
            {
                last = ParseWhole(right, first.Start.Year + 1);
            }

            return Span(first, last, first.YearDefaulted);
        }

        return null;
    }

    private static DateSpan? Span(DateSpan? start, DateSpan? end, bool yearDefaulted) =>
        start is { } s && end is { } e && s.Start <= e.End
            ? new DateSpan(s.Start, e.End, DatePrecision.Range, yearDefaulted)
            : null;

    /// <summary>A date inside a sentence: "Refresh and relaunch by May 22", "operational from 01.04.22".</summary>
    private static DateSpan? ParseEmbedded(string s, int? year)
    {
        var by = s.LastIndexOf(" by ", StringComparison.Ordinal);
        if (by >= 0 && ParseWhole(s[(by + 4)..].Trim(), year) is { } tail)
        {
            return tail;
        }

        var academic = EmbeddedAcademicYear().Match(s);
        if (academic.Success && SchoolTerm.TryParseAcademicYear(academic.Value, out var startYear))
        {
            return new DateSpan(
                SchoolTerm.AcademicYearStart(startYear),
                SchoolTerm.AcademicYearEnd(startYear),
                DatePrecision.Year
            );
        }

        foreach (var pattern in EmbeddedPatterns)
        {
            var match = pattern.Match(s);
            if (match.Success && ParseWhole(match.Value, year) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static readonly Regex[] EmbeddedPatterns =
    [
        EmbeddedNumericDay(),
        EmbeddedDayMonthYear(),
        EmbeddedMonthYear(),
        EmbeddedTermYear(),
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(
        @"^(?:(?:by the end of|by end of|the end of|end of|by|end|until|till|from|before|after|due|in|during|no later than|week commencing|w/c|wc|early|mid|late|beginning of|start of|the|approx\.?|around|between|year end|target date:?|date:?)\s+|mid-)"
    )]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\s+(?:onwards?|at the latest|latest|approx\.?|\(?tbc\)?)$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"\s+(?:-|to|until|till|through|and|&)\s+|\s*-\s*|\s*/\s*")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"(?<![\d./-])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d./-])")]
    private static partial Regex EmbeddedNumericDay();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+" + Patterns.Month + @"\s+\d{4}\b")]
    private static partial Regex EmbeddedDayMonthYear();

    [GeneratedRegex(@"\b" + Patterns.Month + @"\s+\d{4}\b")]
    private static partial Regex EmbeddedMonthYear();

    [GeneratedRegex(@"\b(?:autumn|spring|summer)(?:\s+term)?\s+\d{4}\b")]
    private static partial Regex EmbeddedTermYear();

    [GeneratedRegex(@"(?<![\d/])\d{4}\s?/\s?(?:\d{4}|\d{2})(?![\d/])")]
    private static partial Regex EmbeddedAcademicYear();
}
