using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Reads the Actions and Scorecard sheets of an XLSX workbook as text cells.</summary>
internal static class PlanWorkbookReader
{
    /// <summary>Caps each part's decompressed size, so a small zip cannot expand without bound.</summary>
    private const long MaxCharactersInPart = 50_000_000;

    public const int MaxRows = 5000;

    public static IReadOnlyList<RawSheet> Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(
                stream,
                false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart }
            );
            var workbookPart =
                document.WorkbookPart
                ?? throw new SpreadsheetRejectedException("The file is not an Excel workbook.");
            // Read once: looking each index up in the table would be quadratic in a large workbook.
            List<string> strings =
            [
                .. workbookPart
                    .SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
                    .Select(SharedText)
                    ?? [],
            ];
            return
            [
                ReadSheet(workbookPart, strings, PlanSheetLayout.ActionsSheet),
                ReadSheet(workbookPart, strings, PlanSheetLayout.ScorecardSheet),
            ];
        }
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or InvalidDataException
                        or IOException
                        or System.Xml.XmlException
                        or InvalidOperationException
            )
        {
            throw new SpreadsheetRejectedException(
                "The file is not a readable .xlsx workbook: " + e.Message,
                e
            );
        }
    }

    private static RawSheet ReadSheet(WorkbookPart workbookPart, List<string> strings, string name)
    {
        var sheet = workbookPart
            .Workbook.Sheets?.Elements<Sheet>()
            .FirstOrDefault(s =>
                string.Equals(s.Name?.Value?.Trim(), name, StringComparison.OrdinalIgnoreCase)
            );
        if (
            sheet?.Id?.Value is not { } id
            || workbookPart.GetPartById(id) is not WorksheetPart part
        )
        {
            throw new SpreadsheetRejectedException($"The workbook has no '{name}' sheet.");
        }
        var rows = new List<RawRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = SheetColumns.IndexOf(cell.CellReference?.Value) ?? position;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }
                cells.Add(Text(cell, strings));
                position = column + 1;
            }
            var number = (int?)row.RowIndex?.Value ?? (rows.Count == 0 ? 1 : rows[^1].Number + 1);
            if (cells.Any(c => c.Trim().Length > 0))
            {
                rows.Add(new RawRow(number, cells));
            }
            if (rows.Count > MaxRows + 1)
            {
                throw new SpreadsheetRejectedException(
                    $"The '{name}' sheet has more than {MaxRows} rows."
                );
            }
        }
        if (rows.Count == 0)
        {
            throw new SpreadsheetRejectedException(
                $"The '{name}' sheet is empty: it has no header row."
            );
        }
        return new RawSheet(name, rows[0].Cells, rows.Skip(1).ToList());
    }

    private static string Text(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < strings.Count
                ? strings[index]
                : string.Empty;
        }
        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }
        return value;
    }

    /// <summary>The item's text without its phonetic guides.</summary>
    private static string SharedText(SharedStringItem item) =>
        item.Text is { } text
            ? text.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));
}
