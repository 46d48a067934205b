namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>
/// Keeps a CSV cell that starts like a formula ("=", "+", "-", "@", after any apostrophes) from running when opened
/// in a spreadsheet, by one more leading apostrophe that reading removes again, so export then import stays lossless.
/// </summary>
internal static class CsvFormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Escape(string cell) => StartsLikeFormula(cell) ? "'" + cell : cell;

    public static string Unescape(string cell) =>
        cell.StartsWith('\'') && StartsLikeFormula(cell) ? cell[1..] : cell;

    private static bool StartsLikeFormula(string cell)
    {
        var rest = cell.TrimStart('\'');
        return rest.Length > 0 && Triggers.Contains(rest[0]);
    }
}
