namespace PartnershipGraph.Domain.Common;

/// <summary>The words and symbols the papers use for a <see cref="Comparator"/>, in both directions.</summary>
public static class ComparatorText
{
    /// <summary>Phrases written before a figure ("more than 90%"), longest first so "no more than" wins over "more than".</summary>
    private static readonly (string Phrase, Comparator Comparator)[] Prefixes = Sorted([
        ("greater than or equal to", Comparator.AtLeast),
        ("more than or equal to", Comparator.AtLeast),
        ("at least", Comparator.AtLeast),
        ("no less than", Comparator.AtLeast),
        ("not less than", Comparator.AtLeast),
        ("no fewer than", Comparator.AtLeast),
        ("not fewer than", Comparator.AtLeast),
        ("a minimum of", Comparator.AtLeast),
        ("minimum of", Comparator.AtLeast),
        ("minimum", Comparator.AtLeast),
        ("min", Comparator.AtLeast),
        ("increase to", Comparator.AtLeast),
        ("increased to", Comparator.AtLeast),
        ("increasing to", Comparator.AtLeast),
        ("rise to", Comparator.AtLeast),
        ("raise to", Comparator.AtLeast),
        ("improve to", Comparator.AtLeast),
        ("improved to", Comparator.AtLeast),
        (">=", Comparator.AtLeast),
        ("=>", Comparator.AtLeast),
        ("\u2265", Comparator.AtLeast),
        ("less than or equal to", Comparator.AtMost),
        ("fewer than or equal to", Comparator.AtMost),
        ("at most", Comparator.AtMost),
        ("no more than", Comparator.AtMost),
        ("not more than", Comparator.AtMost),
        ("no greater than", Comparator.AtMost),
        ("no higher than", Comparator.AtMost),
        ("not exceeding", Comparator.AtMost),
        ("up to", Comparator.AtMost),
        ("down to", Comparator.AtMost),
        ("a maximum of", Comparator.AtMost),
        ("maximum of", Comparator.AtMost),
        ("maximum", Comparator.AtMost),
        ("max", Comparator.AtMost),
        ("reduce to", Comparator.AtMost),
        ("reduced to", Comparator.AtMost),
        ("reducing to", Comparator.AtMost),
        ("decrease to", Comparator.AtMost),
        ("decreased to", Comparator.AtMost),
        ("lower to", Comparator.AtMost),
        ("fall to", Comparator.AtMost),
        ("<=", Comparator.AtMost),
        ("=<", Comparator.AtMost),
        ("\u2264", Comparator.AtMost),
        ("more than", Comparator.MoreThan),
        ("greater than", Comparator.MoreThan),
        ("higher than", Comparator.MoreThan),
        ("in excess of", Comparator.MoreThan),
        ("exceeding", Comparator.MoreThan),
        ("over", Comparator.MoreThan),
        ("above", Comparator.MoreThan),
        (">", Comparator.MoreThan),
        ("fewer than", Comparator.FewerThan),
        ("less than", Comparator.FewerThan),
        ("lower than", Comparator.FewerThan),
        ("under", Comparator.FewerThan),
        ("below", Comparator.FewerThan),
        ("<", Comparator.FewerThan),
        ("approximately", Comparator.Approximately),
        ("approx.", Comparator.Approximately),
        ("approx", Comparator.Approximately),
        ("around", Comparator.Approximately),
        ("about", Comparator.Approximately),
        ("roughly", Comparator.Approximately),
        ("circa", Comparator.Approximately),
        ("c.", Comparator.Approximately),
        ("~", Comparator.Approximately),
        ("\u2248", Comparator.Approximately),
        ("equal to", Comparator.Equal),
        ("equals", Comparator.Equal),
        ("exactly", Comparator.Equal),
        ("=", Comparator.Equal),
    ]);

    /// <summary>Phrases written after a figure ("10 or more").</summary>
    private static readonly (string Phrase, Comparator Comparator)[] Suffixes =
    [
        ("or more", Comparator.AtLeast),
        ("or above", Comparator.AtLeast),
        ("or higher", Comparator.AtLeast),
        ("or greater", Comparator.AtLeast),
        ("or over", Comparator.AtLeast),
        ("or fewer", Comparator.AtMost),
        ("or less", Comparator.AtMost),
        ("or lower", Comparator.AtMost),
        ("or below", Comparator.AtMost),
        ("or under", Comparator.AtMost),
    ];

    /// <summary>Reads a comparator written on its own: "more than", "&gt;=", "~", "no more than", "or more".</summary>
    /// <returns>The comparator, or null when the text is not one.</returns>
    public static Comparator? Parse(string? text)
    {
        var s = Normalise(text);
        foreach (var (phrase, comparator) in Prefixes)
        {
            if (s == phrase)
            {
                return comparator;
            }
        }

        foreach (var (phrase, comparator) in Suffixes)
        {
            if (s == phrase)
            {
                return comparator;
            }
        }

        return null;
    }

    /// <summary>The words for a comparator as a reader expects them before a figure: "more than", "at least", "equal to".</summary>
    public static string ToText(Comparator comparator) =>
        comparator switch
        {
            Comparator.MoreThan => "more than",
            Comparator.AtLeast => "at least",
            Comparator.FewerThan => "fewer than",
            Comparator.AtMost => "no more than",
            Comparator.Approximately => "approximately",
            _ => "equal to",
        };

    /// <summary>The symbol for a comparator: "&gt;", "&gt;=", "&lt;", "&lt;=", "~", "=".</summary>
    public static string ToSymbol(Comparator comparator) =>
        comparator switch
        {
            Comparator.MoreThan => ">",
            Comparator.AtLeast => ">=",
            Comparator.FewerThan => "<",
            Comparator.AtMost => "<=",
            Comparator.Approximately => "~",
            _ => "=",
        };

    /// <summary>The comparator whose phrase ends <paramref name="before"/> (lower case), if any.</summary>
    internal static Comparator? FindBefore(string before)
    {
        var s = before.TrimEnd();
        foreach (var (phrase, comparator) in Prefixes)
        {
            if (
                s.EndsWith(phrase, StringComparison.Ordinal)
                && StartsAtWord(s, s.Length - phrase.Length)
            )
            {
                return comparator;
            }
        }

        return null;
    }

    /// <summary>The comparator whose phrase starts <paramref name="after"/> (lower case), if any.</summary>
    internal static Comparator? FindAfter(string after)
    {
        var s = after.TrimStart();
        foreach (var (phrase, comparator) in Suffixes)
        {
            if (
                s.StartsWith(phrase, StringComparison.Ordinal)
                && (s.Length == phrase.Length || !char.IsLetter(s[phrase.Length]))
            )
            {
                return comparator;
            }
        }

        return null;
    }

    private static bool StartsAtWord(string s, int index) =>
        index == 0 || !char.IsLetter(s[index]) || !char.IsLetter(s[index - 1]);

    private static string Normalise(string? text) =>
        string.Join(
            ' ',
            (text ?? string.Empty)
                .ToLowerInvariant()
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );

    private static (string, Comparator)[] Sorted(
        (string Phrase, Comparator Comparator)[] phrases
    ) => [.. phrases.OrderByDescending(p => p.Phrase.Length)];
}
