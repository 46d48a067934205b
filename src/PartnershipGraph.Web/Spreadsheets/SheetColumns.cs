namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Spreadsheet column letters: 0 is "A", 26 is "AA".</summary>
internal static class SheetColumns
{
    public static string Name(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>The zero-based column of a cell reference such as "AB12"; null when it names none.</summary>
    public static int? IndexOf(string? reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference ?? string.Empty)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            letters++;
        }
        return letters is 0 or > 3 ? null : index - 1;
    }
}
