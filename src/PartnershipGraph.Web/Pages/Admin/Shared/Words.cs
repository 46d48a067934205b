using System.Text.RegularExpressions;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>Turns enum names into the words a page shows: <c>AlternativeProvision</c> → "Alternative provision".</summary>
public static partial class Words
{
    /// <summary>The enum value as a sentence-case phrase.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var words = Boundary().Replace(value.ToString(), " ");
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])")]
    private static partial Regex Boundary();
}
