using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipGraph.Domain.Common;

/// <summary>Finds the figure, comparator and unit in a target as the papers write it; never throws.</summary>
internal static partial class TargetParser
{
    private const int MaxLength = 2000;

    /// <summary>Words after which a number is a label, not a figure ("Year 6", "within 6 weeks", "per 10,000").</summary>
    private static readonly string[] LabelWords =
    [
        "aged",
        "age",
        "ages",
        "year",
        "years",
        "key stage",
        "ks",
        "kpi",
        "action",
        "priority",
        "area",
        "section",
        "phase",
        "page",
        "appendix",
        "tier",
        "level",
        "step",
        "stage",
        "quarter",
        "within",
        "every",
        "per",
        "of the",
        "group",
        "cohort",
        "wave",
        "round",
        "no.",
        "number",
        "see",
        "x",
        "term",
        "terms",
        "week",
        "para",
        "paragraph",
        "item",
        "ref",
    ];

    private static readonly string[] ListJoiners = ["and", "or", "&", ",", ", and", "to", "-"];

    public static Target Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Target(text, null);
        }

        var s = Normalise(text.Length > MaxLength ? text[..MaxLength] : text);
        var labelEnd = -1;
        foreach (Match match in Figure().Matches(s))
        {
            // "Terms 5 and 6": a number listed after a label is a label too.
            var listed = labelEnd >= 0 && ListJoiners.Contains(s[labelEnd..match.Index].Trim());
            if (listed || IsLabelOrDate(s, match))
            {
                labelEnd = match.Index + match.Length;
                continue;
            }

            return Read(text, s, match);
        }

        return new Target(text, null);
    }

    private static Target Read(string text, string s, Match match)
    {
        var value = ParseValue(match.Groups["num"].Value);
        var after = s[(match.Index + match.Length)..];
        var before = s[..match.Index];
        var (unit, unitLength) = UnitOf(match, after, value);
        var comparator =
            ComparatorText.FindBefore(before)
            ?? ComparatorText.FindAfter(after[unitLength..])
            ?? Comparator.Equal;
        var relative = Relative(before, after[unitLength..]);
        if (relative is not null)
        {
            // "Increase by 10%" and "a 20% reduction" are changes from the baseline, at least that large.
            unit = unit is null or Units.Count ? relative : unit + " " + relative;
            if (comparator == Comparator.Equal)
            {
                comparator = Comparator.AtLeast;
            }
        }

        return new Target(text, value, comparator, unit);
    }

    private static (string? Unit, int Length) UnitOf(Match match, string after, decimal value)
    {
        if (match.Groups["money"].Success)
        {
            return (Units.Pounds + match.Groups["mag"].Value, 0);
        }

        var unit = UnitWord().Match(after);
        if (!unit.Success)
        {
            return (value == decimal.Truncate(value) ? Units.Count : null, 0);
        }

        var word = unit.Groups["word"].Value;
        var name = word switch
        {
            "%" or "per cent" or "percent" => Units.Percent,
            "day" or "days" => Units.Days,
            "week" or "weeks" or "wks" => Units.Weeks,
            "month" or "months" => Units.Months,
            "hour" or "hours" or "hrs" => Units.Hours,
            _ => "per " + unit.Groups["per"].Value,
        };
        return (name, unit.Length);
    }

    private static string? Relative(string before, string after)
    {
        var next = after.TrimStart();
        if (
            next.StartsWith("increase", StringComparison.Ordinal)
            || next.StartsWith("rise", StringComparison.Ordinal)
        )
        {
            return "increase";
        }

        if (
            next.StartsWith("reduction", StringComparison.Ordinal)
            || next.StartsWith("decrease", StringComparison.Ordinal)
        )
        {
            return "reduction";
        }

        var lead = before.TrimEnd();
        if (EndsWithAny(lead, "increase of", "rise of"))
        {
            return "increase";
        }

        if (EndsWithAny(lead, "minus", "reduction of", "decrease of", "fall of", "cut of"))
        {
            return "reduction";
        }

        if (!lead.EndsWith(" by", StringComparison.Ordinal))
        {
            return null;
        }

        var sentence = lead[(lead.LastIndexOf(". ", StringComparison.Ordinal) + 1)..];
        var change = ChangeWord().Matches(sentence).LastOrDefault();
        return change?.Value switch
        {
            null => null,
            "increas" or "rais" => "increase",
            _ => "reduction",
        };
    }

    private static bool EndsWithAny(string s, params string[] endings) =>
        endings.Any(e => s.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Years, days of months and numbered labels are not the target's figure.</summary>
    private static bool IsLabelOrDate(string s, Match match)
    {
        var before = s[..match.Index].TrimEnd();
        var after = s[(match.Index + match.Length)..];
        var number = match.Groups["num"].Value;
        var isPlain = !match.Groups["money"].Success && !UnitWord().Match(after).Success;
        if (
            isPlain
            && number.Length == 4
            && int.TryParse(number, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2199
            && !IsCountAfterComparator(before, after)
        )
        {
            return true;
        }

        if (isPlain && (MonthBefore().IsMatch(before) || MonthAfter().IsMatch(after)))
        {
            return true;
        }

        if (Ordinal().IsMatch(after))
        {
            return true;
        }

        // "12 Month review", "a 2 day course": a singular unit after a plural number names something.
        if (
            UnitWord().Match(after) is { Success: true } unit
            && number != "1"
            && unit.Groups["word"].Value is "day" or "week" or "month" or "hour"
        )
        {
            return true;
        }

        if (AcademicYearSlash().IsMatch(after))
        {
            return true;
        }

        foreach (var word in LabelWords)
        {
            if (
                before.EndsWith(word, StringComparison.Ordinal)
                && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]))
            )
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "More than 2000 views": a year-like number right after an unambiguous comparator is a count, unless what follows
    /// makes it a year again ("more than 2019 levels").
    /// </summary>
    private static bool IsCountAfterComparator(string before, string after) =>
        CountComparatorBefore().IsMatch(before) && !YearReferenceAfter().IsMatch(after);

    private static decimal ParseValue(string number) =>
        decimal.Parse(
            number.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.Number,
            CultureInfo.InvariantCulture
        );

    private static string Normalise(string text) =>
        text.ToLowerInvariant()
            .Replace('\u2013', '-')
            .Replace('\u2014', '-')
            .Replace('\u2212', '-')
            .Replace('\u00a0', ' ')
            .Replace('\n', ' ')
            .Replace('\r', ' ')
            .Replace('\t', ' ');

    [GeneratedRegex(
        @"(?<![\w./]|\w-|\d,)(?:(?<money>£)\s?(?<num>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,10})?|\d{1,15}(?:\.\d{1,10})?)(?<mag>k|m|bn)?|(?<num>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,10})?|\d{1,15}(?:\.\d{1,10})?))(?!\w|[.,/]\d|-\w|\d)"
    )]
    private static partial Regex Figure();

    [GeneratedRegex(
        @"^\s?(?:(?<word>%|per cent|percent|days?|weeks?|wks|months?|hours?|hrs)(?![a-z])|(?<word>per)\s+(?<per>\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?!\d))"
    )]
    private static partial Regex UnitWord();

    [GeneratedRegex(
        @"(?:^|\W)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?'?$"
    )]
    private static partial Regex MonthBefore();

    [GeneratedRegex(
        @"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    )]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"^\s(?:(?:st|nd|rd|th)|x)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:increas|reduc|decreas|rais|cut|lower)")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(
        @"\b(?:more|fewer|less|greater|higher|lower)\s+than$|\bat\s+(?:least|most)$|\bexceeds?$|\bminimum\s+of$|\bmaximum\s+of$"
    )]
    private static partial Regex CountComparatorBefore();

    [GeneratedRegex(@"^\s*(?:levels?|figures?|baseline|rates?|data|outcomes?|results?|position)\b")]
    private static partial Regex YearReferenceAfter();

    [GeneratedRegex(@"^\s?/\s?\d{2}(?!\d)")]
    private static partial Regex AcademicYearSlash();
}
