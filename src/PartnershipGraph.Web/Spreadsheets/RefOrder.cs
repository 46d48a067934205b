using System.Globalization;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Orders refs as a reader expects: "1.2" before "1.10", "4.3" before "4.3b".</summary>
public sealed class RefOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static RefOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.');
        var b = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byNumber = Number(a[i]).CompareTo(Number(b[i]));
            var compared =
                byNumber != 0 ? byNumber : string.Compare(a[i], b[i], StringComparison.Ordinal);
            if (compared != 0)
            {
                return compared;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    private static long Number(string segment)
    {
        var digits = new string([.. segment.TakeWhile(char.IsAsciiDigit).Take(18)]);
        return digits.Length == 0
            ? long.MaxValue
            : long.Parse(digits, CultureInfo.InvariantCulture);
    }
}
