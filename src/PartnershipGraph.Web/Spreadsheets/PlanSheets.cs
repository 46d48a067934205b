namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>A plan as spreadsheet rows: the action table and the scorecard.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Actions">The action table's rows.</param>
/// <param name="Scorecard">The scorecard's rows.</param>
public sealed record PlanSheets(
    string Title,
    IReadOnlyList<ActionSheetRow> Actions,
    IReadOnlyList<ScorecardSheetRow> Scorecard
)
{
    /// <summary>The number of milestone groups the scorecard needs: the most any KPI has, at least one.</summary>
    public int MilestoneGroups =>
        Math.Max(1, Scorecard.Select(r => r.Milestones.Count).DefaultIfEmpty(0).Max());
}
