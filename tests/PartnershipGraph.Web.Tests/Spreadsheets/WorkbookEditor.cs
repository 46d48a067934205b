using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

/// <summary>Changes cells of an exported workbook as a user would in Excel, for tests.</summary>
internal static class WorkbookEditor
{
    /// <summary>Sets the cell in the column headed <paramref name="heading"/> of the first data row whose first columns match <paramref name="rowStartsWith"/>.</summary>
    public static byte[] SetCell(
        byte[] workbook,
        string sheetName,
        string heading,
        Func<IReadOnlyList<string>, bool> row,
        string value
    )
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var data = (
                (WorksheetPart)part.GetPartById(sheet.Id!)
            ).Worksheet.GetFirstChild<SheetData>()!;
            var rows = data.Elements<Row>().ToList();
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            var column = header.IndexOf(heading);
            var target = rows.Skip(1)
                .First(r => row([.. r.Elements<Cell>().Select(c => c.InnerText)]));
            var cell = target.Elements<Cell>().ElementAt(column);
            cell.InlineString = new InlineString(new Text(value));
        }
        return stream.ToArray();
    }

    /// <summary>Renames a sheet of a workbook.</summary>
    public static byte[] RenameSheet(byte[] workbook, string from, string to)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            document
                .WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()
                .Single(s => s.Name == from)
                .Name = to;
        }
        return stream.ToArray();
    }

    /// <summary>Moves every text into a shared string table, as Excel saves a workbook.</summary>
    public static byte[] ToSharedStrings(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var table = new SharedStringTable();
            part.AddNewPart<SharedStringTablePart>().SharedStringTable = table;
            var index = new Dictionary<string, int>();
            foreach (
                var cell in part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>())
            )
            {
                var text = cell.InlineString?.InnerText ?? "";
                if (!index.TryGetValue(text, out var i))
                {
                    index[text] = i = index.Count;
                    table.Append(
                        new SharedStringItem(
                            new Text(text)
                            {
                                Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve,
                            }
                        )
                    );
                }
                cell.InlineString = null;
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
            }
        }
        return stream.ToArray();
    }

    /// <summary>Sets a cell of a CSV's first row whose first cells match.</summary>
    public static byte[] SetCsvCell(
        byte[] csv,
        string heading,
        Func<IReadOnlyList<string>, bool> row,
        string value
    )
    {
        using var reader = new StreamReader(new MemoryStream(csv));
        using var parser = new CsvHelper.CsvParser(
            reader,
            System.Globalization.CultureInfo.InvariantCulture
        );
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }
        var column = Array.IndexOf(records[0], heading);
        records.Skip(1).First(r => row(r))[column] = value;
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output))
        using (
            var csvWriter = new CsvHelper.CsvWriter(
                writer,
                System.Globalization.CultureInfo.InvariantCulture
            )
        )
        {
            foreach (var record in records)
            {
                foreach (var field in record)
                {
                    csvWriter.WriteField(field);
                }
                csvWriter.NextRecord();
            }
        }
        return output.ToArray();
    }
}
