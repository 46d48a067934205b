namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Orders references as a reader expects: "1.2" before "1.10", "4.3" before "4.3b".</summary>
public sealed class RefComparer : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static RefComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = Parts(x);
        var right = Parts(y);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (ln, ls) = left[i];
            var (rn, rs) = right[i];
            var result = ln.CompareTo(rn);
            if (result == 0)
            {
                result = string.CompareOrdinal(ls, rs);
            }
            if (result != 0)
            {
                return result;
            }
        }
        return left.Length.CompareTo(right.Length);
    }

    private static (int Number, string Suffix)[] Parts(string? text) =>
        [
            .. (text ?? string.Empty)
                .Split('.')
                .Select(part =>
                {
                    var digits = new string([.. part.TakeWhile(char.IsAsciiDigit)]);
                    var number = digits.Length is > 0 and < 9
                        ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
                        : int.MaxValue;
                    return (number, part[digits.Length..]);
                }),
        ];
}
