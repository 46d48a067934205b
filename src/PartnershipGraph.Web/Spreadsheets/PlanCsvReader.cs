using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Reads one sheet saved as CSV; which sheet it is follows from its header.</summary>
internal static class PlanCsvReader
{
    public static RawSheet Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new SpreadsheetRejectedException(
                "The file is not a CSV file: it is not UTF-8 text.",
                e
            );
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new SpreadsheetRejectedException(
                "The file is not a CSV file: it holds binary data."
            );
        }
        var rows = new List<RawRow>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
        };
        using (
            var parser = new CsvParser(new StringReader(text.TrimStart('\uFEFF')), configuration)
        )
        {
            try
            {
                while (parser.Read())
                {
                    var cells = parser.Record ?? [];
                    if (cells.Any(c => c.Trim().Length > 0))
                    {
                        rows.Add(
                            new RawRow(parser.Row, [.. cells.Select(CsvFormulaGuard.Unescape)])
                        );
                    }
                    if (rows.Count > PlanWorkbookReader.MaxRows + 1)
                    {
                        throw new SpreadsheetRejectedException(
                            $"The file has more than {PlanWorkbookReader.MaxRows} rows."
                        );
                    }
                }
            }
            catch (CsvHelperException e)
            {
                throw new SpreadsheetRejectedException(
                    "The CSV file cannot be read: " + e.Message,
                    e
                );
            }
        }
        if (rows.Count == 0)
        {
            throw new SpreadsheetRejectedException("The CSV file is empty: it has no header row.");
        }
        var header = rows[0].Cells;
        return new RawSheet(SheetOf(header), header, rows.Skip(1).ToList());
    }

    private static string SheetOf(IReadOnlyList<string> header)
    {
        bool Has(string column) => header.Any(h => Same(h, column));
        if (Has(PlanSheetLayout.Baseline) || Has(PlanSheetLayout.MilestoneColumn(1, "")))
        {
            return PlanSheetLayout.ScorecardSheet;
        }
        if (Has(PlanSheetLayout.Rag) || Has(PlanSheetLayout.Progress))
        {
            return PlanSheetLayout.ActionsSheet;
        }
        throw new SpreadsheetRejectedException(
            "The CSV file's first row is neither the Actions header nor the Scorecard header."
        );
    }

    public static bool Same(string heading, string column) =>
        string.Equals(CellText.Normalise(heading), column, StringComparison.OrdinalIgnoreCase);
}
