namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An upload compared with the stored plan: the preview a user sees and the work applying it needs.</summary>
internal sealed class ImportPlan
{
    public required PlanSnapshot Snapshot { get; init; }

    public List<PlannedAction> Actions { get; } = [];

    public List<PlannedKpi> Kpis { get; } = [];

    public List<ImportRowChange> Rows { get; } = [];

    public List<ImportRowError> Errors { get; } = [];

    /// <summary>The version of every stored record a row matched, and the row that matched it.</summary>
    public Dictionary<Guid, int> Versions { get; } = [];

    public Dictionary<Guid, (string Sheet, int Row, string What)> Matches { get; } = [];

    public void Match(string sheet, int row, string what, Domain.Common.Entity entity)
    {
        Versions[entity.Id] = entity.Version;
        Matches[entity.Id] = (sheet, row, what);
    }

    public ImportPreview ToPreview() =>
        new()
        {
            PlanId = Snapshot.Plan.Id,
            PlanTitle = Snapshot.Plan.Title,
            Rows = Rows,
            Errors = Errors,
            Versions = Versions,
        };
}
