namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>A sheet as read from a file: its header and its non-blank rows, each with the row number a user sees.</summary>
internal sealed record RawSheet(
    string Name,
    IReadOnlyList<string> Header,
    IReadOnlyList<RawRow> Rows
);

/// <summary>One row's cells, by column position.</summary>
internal sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] =>
        column >= 0 && column < Cells.Count ? CellText.Normalise(Cells[column]) : string.Empty;
}
