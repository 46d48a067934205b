namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>The shape of <c>portsmouth-attendance-strategy.json</c>, limited to what the loader imports.</summary>
internal sealed record PortsmouthFile(
    string SchemaVersion,
    SourceJson Source,
    LocalAreaJson LocalArea,
    List<OrganisationJson> Organisations,
    List<PortsmouthFile.BoardJson> Boards,
    List<PortsmouthFile.SchoolJson> Schools,
    PortsmouthFile.StrategyJson Strategy
)
{
    internal sealed record BoardJson(
        string Id,
        string Name,
        string? ShortName = null,
        string? Role = null,
        string? ReportsTo = null,
        string? Notes = null
    );

    internal sealed record SchoolJson(
        string Id,
        string Name,
        List<string> Roles,
        string? TrustId = null
    );

    internal sealed record StrategyJson(
        string Id,
        string Title,
        bool TitleInferred,
        TargetsTableJson TargetsTable,
        ActionPlanJson ActionPlan,
        string? AccountableBoardId = null,
        string? OwnerOrganisationId = null
    );

    internal sealed record TargetsTableJson(
        string BaselineLabel,
        string TargetLabel,
        List<MeasureJson> Measures,
        DateOnly? TargetDate = null,
        bool? TargetDateInferred = null,
        string? Description = null
    );

    internal sealed record MeasureJson(
        string Id,
        string Measure,
        decimal Baseline,
        decimal Target,
        string Unit,
        bool UnitInferred,
        string Direction,
        string? Phase = null,
        string? Note = null
    );

    internal sealed record ActionPlanJson(
        string Title,
        List<string> Sections,
        List<ActionJson> Actions
    );

    internal sealed record ActionJson(
        int Number,
        string Section,
        List<MilestoneJson> Milestones,
        List<LeadJson> Leads,
        List<string> ProgressAsWritten,
        List<string> Notes,
        string? Title = null,
        string? Description = null,
        string? LeadAsWritten = null,
        DateOnly? ActionDueDate = null,
        bool? ActionDueDateInferred = null
    );

    internal sealed record MilestoneJson(
        string Text,
        string? TimescaleAsWritten = null,
        DateOnly? DueDate = null,
        bool? DueDateInferred = null,
        string? ProgressAsWritten = null,
        bool? AlignmentInferred = null,
        string? Note = null
    );

    internal sealed record LeadJson(
        string Name,
        string Kind,
        string? OrganisationId = null,
        string? BoardId = null
    );
}
