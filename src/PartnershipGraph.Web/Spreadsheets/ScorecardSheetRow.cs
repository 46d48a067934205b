namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>One KPI row of the scorecard, as the text of its cells.</summary>
public sealed record ScorecardSheetRow(
    string Area,
    string Ref,
    string ActionRef,
    string Kpi,
    string Unit,
    string Direction,
    string Baseline,
    string BaselineDate,
    IReadOnlyList<MilestoneCells> Milestones
)
{
    /// <summary>The cells in the order of <see cref="PlanSheetLayout.ScorecardHeader"/> with <paramref name="milestones"/> groups.</summary>
    public IReadOnlyList<string> Cells(int milestones) =>
        [
            Area,
            Ref,
            ActionRef,
            Kpi,
            Unit,
            Direction,
            Baseline,
            BaselineDate,
            .. Enumerable
                .Range(0, milestones)
                .SelectMany(i =>
                    i < Milestones.Count ? Milestones[i].Cells : MilestoneCells.Blank.Cells
                ),
        ];
}
