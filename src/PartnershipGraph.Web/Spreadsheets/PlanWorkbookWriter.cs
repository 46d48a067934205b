using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Writes a plan as an XLSX workbook with an Actions sheet and a Scorecard sheet; every cell is text, so refs such as "1.10" survive Excel.</summary>
public static class PlanWorkbookWriter
{
    private const uint HeaderStyle = 1;
    private const uint BodyStyle = 2;

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="output"/>.</summary>
    public static void Write(PlanSheets sheets, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = sheets.Title;
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var groups = sheets.MilestoneGroups;
        AddSheet(
            workbookPart,
            1,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.ActionColumns,
            sheets.Actions.Select(r => r.Cells)
        );
        AddSheet(
            workbookPart,
            2,
            PlanSheetLayout.ScorecardSheet,
            PlanSheetLayout.ScorecardHeader(groups),
            sheets.Scorecard.Select(r => r.Cells(groups))
        );
        workbookPart.Workbook.Save();
    }

    private static void AddSheet(
        WorkbookPart workbookPart,
        uint sheetId,
        string name,
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows
    )
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 1;
        data.Append(Row(number, header, HeaderStyle));
        foreach (var row in rows)
        {
            data.Append(Row(++number, row, BodyStyle));
        }
        var columns = new Columns(
            header.Select(
                (h, i) =>
                    new Column
                    {
                        Min = (uint)i + 1,
                        Max = (uint)i + 1,
                        Width = Width(h),
                        CustomWidth = true,
                    }
            )
        );
        part.Worksheet = new Worksheet(FrozenHeader(), columns, data);
        workbookPart.Workbook.Sheets!.Append(
            new Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = sheetId,
                Name = name,
            }
        );
    }

    private static Row Row(uint number, IReadOnlyList<string> cells, uint style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(
                new Cell
                {
                    CellReference = SheetColumns.Name(i) + number,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                    InlineString = new InlineString(
                        new Text(XmlSafe(cells[i])) { Space = SpaceProcessingModeValues.Preserve }
                    ),
                }
            );
        }
        return row;
    }

    private static SheetViews FrozenHeader() =>
        new(
            new SheetView(
                new Pane
                {
                    VerticalSplit = 1,
                    TopLeftCell = "A2",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                }
            )
            {
                WorkbookViewId = 0,
            }
        );

    private static double Width(string heading) =>
        heading switch
        {
            PlanSheetLayout.Area or PlanSheetLayout.Ref or PlanSheetLayout.Rag => 10,
            PlanSheetLayout.Action or PlanSheetLayout.Kpi or PlanSheetLayout.Progress => 60,
            _ => 24,
        };

    /// <summary>Drops the control characters XML cannot hold.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
            ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\t')])
            : text;

    private static Stylesheet Styles() =>
        new(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })
            ),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat(
                    new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }
                )
                {
                    FontId = 1,
                    ApplyFont = true,
                    ApplyAlignment = true,
                },
                new CellFormat(
                    new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }
                )
                {
                    ApplyAlignment = true,
                }
            )
        );
}
