using System.Text.RegularExpressions;

namespace PartnershipGraph.Web.Reports;

/// <summary>Sorts references as people read them: "1.2" before "1.10", "4.3" before "4.3b".</summary>
public static partial class RefOrder
{
    /// <summary>A key that sorts ordinally in reading order: every run of digits padded to ten places.</summary>
    public static string Key(string reference) =>
        Digits().Replace(reference ?? string.Empty, m => m.Value.PadLeft(10, '0'));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
