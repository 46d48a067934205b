namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>
/// Keeps a CSV cell that starts like a formula ("=", "+", "-", "@") from running when opened in a spreadsheet, by a leading
/// apostrophe that reading removes again, so export then import stays lossless.
/// </summary>
internal static class CsvFormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Escape(string cell) =>
        StartsWithTrigger(cell, 0) || (cell.StartsWith('\'') && StartsWithTrigger(cell, 1))
            ? "'" + cell
            : cell;

    public static string Unescape(string cell) =>
        cell.StartsWith('\'')
        && (
            StartsWithTrigger(cell, 1)
            || (cell.Length > 1 && cell[1] == '\'' && StartsWithTrigger(cell, 2))
        )
            ? cell[1..]
            : cell;

    private static bool StartsWithTrigger(string cell, int index) =>
        cell.Length > index && Triggers.Contains(cell[index]);
}
