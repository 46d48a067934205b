namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>The sheets and column headings of a plan spreadsheet: the action table and the KPI scorecard, as the papers lay them out.</summary>
public static class PlanSheetLayout
{
    /// <summary>The sheet of actions.</summary>
    public const string ActionsSheet = "Actions";

    /// <summary>The sheet of KPIs with baseline, milestone targets and actuals.</summary>
    public const string ScorecardSheet = "Scorecard";

    public const string Area = "Area";
    public const string Ref = "Ref";
    public const string Action = "Action";
    public const string ByWhen = "By when";
    public const string ResponsibleOfficer = "Responsible officer";
    public const string Rag = "RAG";
    public const string Kpi = "KPI";
    public const string Progress = "Progress";

    public const string ActionRef = "Action ref";
    public const string Unit = "Unit";
    public const string Direction = "Direction";
    public const string Baseline = "Baseline";
    public const string BaselineDate = "Baseline date";

    /// <summary>The action table's columns, in order.</summary>
    public static IReadOnlyList<string> ActionColumns { get; } =
    [Area, Ref, Action, ByWhen, ResponsibleOfficer, Rag, Kpi, Progress];

    /// <summary>The scorecard's columns before the milestone groups, in order.</summary>
    public static IReadOnlyList<string> ScorecardColumns { get; } =
    [Area, Ref, ActionRef, Kpi, Unit, Direction, Baseline, BaselineDate];

    /// <summary>The parts of each milestone group, in order; a group's headings are "Milestone 1", "Milestone 1 due" and so on.</summary>
    public static IReadOnlyList<string> MilestoneParts { get; } =
    ["", " due", " target", " actual", " actual as of"];

    /// <summary>The heading of one part of the <paramref name="number"/>th milestone group, e.g. "Milestone 2 target".</summary>
    public static string MilestoneColumn(int number, string part) => $"Milestone {number}{part}";

    /// <summary>The scorecard's headings with <paramref name="milestones"/> milestone groups.</summary>
    public static IReadOnlyList<string> ScorecardHeader(int milestones) =>
        [
            .. ScorecardColumns,
            .. Enumerable
                .Range(1, milestones)
                .SelectMany(n => MilestoneParts.Select(p => MilestoneColumn(n, p))),
        ];

    /// <summary>The separator between names in the responsible officer column.</summary>
    public const string NameSeparator = "; ";
}
