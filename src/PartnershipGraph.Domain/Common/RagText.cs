namespace PartnershipGraph.Domain.Common;

/// <summary>The status words the papers use ("Met", "On track", "Partially met", "Not met", "Delivered", Red/Amber/Green) read as a <see cref="Rag"/>.</summary>
public static class RagText
{
    /// <summary>Status phrases, longest first so "not on track" wins over "on track" and "partially met" over "met".</summary>
    private static readonly (string Phrase, Rag Rag)[] Phrases =
    [
        .. new (string Phrase, Rag Rag)[]
        {
            ("met", Rag.Met),
            ("fully met", Rag.Met),
            ("achieved", Rag.Met),
            ("delivered", Rag.Met),
            ("complete", Rag.Met),
            ("completed", Rag.Met),
            ("exceeded", Rag.Met),
            ("blue", Rag.Met),
            ("on track", Rag.OnTrack),
            ("on-track", Rag.OnTrack),
            ("green", Rag.OnTrack),
            ("partially met", Rag.PartiallyMet),
            ("partly met", Rag.PartiallyMet),
            ("partially", Rag.PartiallyMet),
            ("partial", Rag.PartiallyMet),
            ("some progress", Rag.PartiallyMet),
            ("at risk", Rag.PartiallyMet),
            ("amber", Rag.PartiallyMet),
            ("not on track", Rag.NotOnTrack),
            ("off track", Rag.NotOnTrack),
            ("off-track", Rag.NotOnTrack),
            ("not met", Rag.NotOnTrack),
            ("not yet met", Rag.NotOnTrack),
            ("unmet", Rag.NotOnTrack),
            ("not achieved", Rag.NotOnTrack),
            ("not delivered", Rag.NotOnTrack),
            ("behind", Rag.NotOnTrack),
            ("red", Rag.NotOnTrack),
            ("not rated", Rag.NotRated),
            ("not known", Rag.NotRated),
            ("unknown", Rag.NotRated),
            ("unrated", Rag.NotRated),
            ("no rating", Rag.NotRated),
            ("not applicable", Rag.NotRated),
            ("n/a", Rag.NotRated),
        }.OrderByDescending(p => p.Phrase.Length),
    ];

    /// <summary>Words that may come before the status ("Progress on track", "RAG: Green").</summary>
    private static readonly string[] Lead =
    [
        "rag rating",
        "rag status",
        "rag",
        "status",
        "progress",
        "rating",
    ];

    /// <summary>Reads the status at the start of a cell or narrative ("MET - A case file…" is Met).</summary>
    /// <remarks>A cell that gives different statuses for its parts ("MET (EHCP) / Not Met (SEN Support)") is partially met.</remarks>
    /// <returns>The status, or null when the text opens with none.</returns>
    public static Rag? Parse(string? text)
    {
        var s = Normalise(text);
        if (s.Length == 0)
        {
            return null;
        }

        if (Letter(s) is { } letter)
        {
            return letter;
        }

        var parts = s.Split(
            '/',
            StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
        );
        var statuses = parts.Length > 1 ? parts.Select(Leading).ToList() : [];
        if (statuses.Count > 0 && statuses.All(r => r is not null))
        {
            return statuses.Distinct().Count() == 1 ? statuses[0] : Rag.PartiallyMet;
        }

        return Leading(s);
    }

    /// <summary>Reads a status as <see cref="Parse"/> does.</summary>
    /// <returns>True when the text opens with a status.</returns>
    public static bool TryParse(string? text, out Rag rag)
    {
        var parsed = Parse(text);
        rag = parsed ?? Rag.NotRated;
        return parsed is not null;
    }

    /// <summary>The status as the papers' legend writes it: "Met", "On track", "Partially met", "Not on track", "Not rated".</summary>
    public static string ToText(Rag rag) =>
        rag switch
        {
            Rag.Met => "Met",
            Rag.OnTrack => "On track",
            Rag.PartiallyMet => "Partially met",
            Rag.NotOnTrack => "Not on track",
            _ => "Not rated",
        };

    /// <summary>The colour a board reads: Blue, Green, Amber, Red, or Grey when not rated.</summary>
    public static string ToColour(Rag rag) =>
        rag switch
        {
            Rag.Met => "Blue",
            Rag.OnTrack => "Green",
            Rag.PartiallyMet => "Amber",
            Rag.NotOnTrack => "Red",
            _ => "Grey",
        };

    private static Rag? Letter(string s) =>
        s switch
        {
            "b" => Rag.Met,
            "g" => Rag.OnTrack,
            "a" => Rag.PartiallyMet,
            "r" => Rag.NotOnTrack,
            _ => null,
        };

    private static Rag? Leading(string s)
    {
        foreach (var lead in Lead)
        {
            if (StartsWithWord(s, lead))
            {
                s = s[lead.Length..].TrimStart(' ', ':', '-', '=');
                break;
            }
        }

        foreach (var (phrase, rag) in Phrases)
        {
            if (StartsWithWord(s, phrase))
            {
                return rag;
            }
        }

        return null;
    }

    private static bool StartsWithWord(string s, string phrase) =>
        s.StartsWith(phrase, StringComparison.Ordinal)
        && (s.Length == phrase.Length || !char.IsLetter(s[phrase.Length]));

    private static string Normalise(string? text) =>
        string.Join(
                ' ',
                (text ?? string.Empty)
                    .ToLowerInvariant()
                    .Replace('\u2013', '-')
                    .Replace('\u2014', '-')
                    .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            )
            .Trim(' ', '.', ':', '-', '*', '(', ')');
}
