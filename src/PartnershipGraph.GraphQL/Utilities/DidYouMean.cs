namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Formats the " Did you mean …?" suffix of error messages, as graphql-js does.</summary>
internal static class DidYouMean
{
    private const int MaxSuggestions = 5;

    /// <summary>The suffix for up to five suggestions, or an empty string when there are none.</summary>
    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    /// <summary>The suffix with a sub-message such as "the enum value", or an empty string when there are no suggestions.</summary>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return "";
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }
        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }
}
