namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>One milestone group of a scorecard row: its label, due date, target and latest actual, as text.</summary>
public sealed record MilestoneCells(
    string Label,
    string Due,
    string Target,
    string Actual,
    string ActualAsOf
)
{
    /// <summary>A group with every cell blank.</summary>
    public static MilestoneCells Blank { get; } = new("", "", "", "", "");

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(c => c.Length == 0);

    /// <summary>The cells in the order of <see cref="PlanSheetLayout.MilestoneParts"/>.</summary>
    public IReadOnlyList<string> Cells => [Label, Due, Target, Actual, ActualAsOf];
}
