using System.Globalization;
using System.Text;
using CsvHelper;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Writes one sheet of a plan as CSV (UTF-8 with a byte order mark, so Excel reads it as UTF-8).</summary>
public static class PlanCsvWriter
{
    /// <summary>Writes the sheet named <paramref name="sheet"/> (<see cref="PlanSheetLayout.ActionsSheet"/> or <see cref="PlanSheetLayout.ScorecardSheet"/>).</summary>
    /// <exception cref="ArgumentException">The sheet name is neither.</exception>
    public static void Write(PlanSheets sheets, string sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var groups = sheets.MilestoneGroups;
        var (header, rows) = sheet switch
        {
            PlanSheetLayout.ActionsSheet => (
                PlanSheetLayout.ActionColumns,
                sheets.Actions.Select(r => r.Cells)
            ),
            PlanSheetLayout.ScorecardSheet => (
                PlanSheetLayout.ScorecardHeader(groups),
                sheets.Scorecard.Select(r => r.Cells(groups))
            ),
            _ => throw new ArgumentException($"There is no sheet '{sheet}'.", nameof(sheet)),
        };
        using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var cell in row)
            {
                csv.WriteField(CsvFormulaGuard.Escape(cell), shouldQuote: true);
            }
            csv.NextRecord();
        }
    }
}
