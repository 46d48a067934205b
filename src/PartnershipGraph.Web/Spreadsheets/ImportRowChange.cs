namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>What an import would do with one row of the upload.</summary>
/// <param name="Sheet">The sheet, e.g. "Actions".</param>
/// <param name="RowNumber">The row number the user sees in their spreadsheet.</param>
/// <param name="Ref">The action or KPI ref the row is about.</param>
/// <param name="Status">New, changed or unchanged.</param>
/// <param name="Fields">Every cell that differs from what is stored; empty when unchanged.</param>
public sealed record ImportRowChange(
    string Sheet,
    int RowNumber,
    string Ref,
    ImportRowStatus Status,
    IReadOnlyList<ImportFieldChange> Fields
);
