using PartnershipGraph.Web.Spreadsheets;
using Xunit;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("2023-06-30", "2023-06-30")]
    [InlineData("30/06/2023", "2023-06-30")]
    [InlineData("1/6/2023", "2023-06-01")]
    [InlineData("45107", "2023-06-30")]
    [InlineData(" ", "")]
    [InlineData("June 23", "June 23")]
    [InlineData("31/02/2023", "31/02/2023")]
    public void Reads_an_as_of_day_in_the_forms_a_spreadsheet_saves_it(
        string cell,
        string normalised
    ) => Assert.Equal(normalised, CellText.NormaliseDay(cell));

    [Fact]
    public void Normalises_line_ends_and_outer_spaces() =>
        Assert.Equal("a\nb\nc", CellText.Normalise(" a\r\nb\rc \n"));

    [Fact]
    public void Splits_and_joins_responsible_names() =>
        Assert.Equal(
            "Sheila Smith; Lisa Manson; SEND team",
            CellText.JoinNames(CellText.Names("Sheila Smith;Lisa Manson\n SEND team ;"))
        );

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+44 1275")]
    [InlineData("- first point")]
    [InlineData("@sum")]
    [InlineData("'=already quoted")]
    [InlineData("''=twice")]
    [InlineData("'plain apostrophe")]
    [InlineData("plain")]
    public void Csv_formula_guard_round_trips_every_text(string text)
    {
        var escaped = CsvFormulaGuard.Escape(text);

        Assert.False("=+-@".Contains(escaped[0], StringComparison.Ordinal));
        Assert.Equal(text, CsvFormulaGuard.Unescape(escaped));
    }

    [Fact]
    public void Orders_refs_by_their_numbers() =>
        Assert.Equal(
            ["1.2", "1.10", "4.3", "4.3b", "10.1"],
            new[] { "10.1", "4.3b", "1.10", "4.3", "1.2" }.Order(RefOrder.Instance)
        );

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void Names_spreadsheet_columns(int index, string name)
    {
        Assert.Equal(name, SheetColumns.Name(index));
        Assert.Equal(index, SheetColumns.IndexOf(name + "12"));
    }
}
