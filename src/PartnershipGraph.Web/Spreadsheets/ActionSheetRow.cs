namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>One row of the action table, as the text of its cells.</summary>
public sealed record ActionSheetRow(
    string Area,
    string Ref,
    string Action,
    string ByWhen,
    string ResponsibleOfficer,
    string Rag,
    string Kpi,
    string Progress
)
{
    /// <summary>The cells in the order of <see cref="PlanSheetLayout.ActionColumns"/>.</summary>
    public IReadOnlyList<string> Cells =>
        [Area, Ref, Action, ByWhen, ResponsibleOfficer, Rag, Kpi, Progress];
}
