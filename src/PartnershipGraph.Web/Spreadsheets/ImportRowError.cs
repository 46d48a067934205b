namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Why one row of an upload cannot be imported.</summary>
/// <param name="Sheet">The sheet, e.g. "Scorecard".</param>
/// <param name="RowNumber">The row number the user sees in their spreadsheet.</param>
/// <param name="Column">The column heading, when one cell is at fault.</param>
/// <param name="Message">What is wrong, in a full sentence.</param>
public sealed record ImportRowError(string Sheet, int RowNumber, string? Column, string Message);
