namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>The shape of <c>north-somerset-send-plan.json</c>, limited to what the loader imports.</summary>
internal sealed record NorthSomersetFile(
    string SchemaVersion,
    SourceJson Source,
    LocalAreaJson LocalArea,
    List<OrganisationJson> Organisations,
    List<NorthSomersetFile.PersonJson> People,
    List<NorthSomersetFile.BoardJson> Boards,
    NorthSomersetFile.PlanJson ImprovementPlan,
    List<NorthSomersetFile.SchoolJson> Schools
)
{
    internal sealed record PersonJson(
        string Id,
        string Name,
        List<string> RolesAsStated,
        string? OrganisationId = null
    );

    internal sealed record BoardJson(
        string Id,
        string Name,
        string? ShortName = null,
        string? Purpose = null,
        SeatJson? Chair = null,
        List<SeatJson>? Members = null,
        List<SeatJson>? Advisers = null,
        string? MeetingFrequency = null,
        string? Notes = null,
        string? EstablishedAsWritten = null
    );

    internal sealed record SeatJson(string Name, string? Role = null, string? PersonId = null);

    internal sealed record PlanJson(
        string Id,
        string Title,
        TriggerJson Trigger,
        List<VersionJson> Versions,
        List<AreaJson> Areas,
        string? MonitoredByBoardId = null
    );

    internal sealed record TriggerJson(
        string Type,
        DateOnly? Issued = null,
        bool? IssuedInferred = null,
        string? IssuedAsWritten = null,
        string? Description = null
    );

    internal sealed record VersionJson(
        string Label,
        string? Event = null,
        DateOnly? Date = null,
        bool? DateInferred = null,
        string? DateAsWritten = null,
        string? Note = null
    );

    internal sealed record AreaJson(
        string Id,
        int Number,
        string Title,
        List<LeadJson> AreaLeads,
        List<ActionJson> Actions,
        List<KpiJson> Kpis,
        string? WeaknessStatement = null,
        string? EndOutcome = null
    );

    internal sealed record LeadJson(
        string Name,
        string Kind,
        string? PersonId = null,
        string? OrganisationId = null
    );

    internal sealed record ActionJson(
        string Id,
        string Code,
        List<string> ResponsibleOfficers,
        List<string> ResponsibleGroups,
        List<string> KpiText,
        List<string> Notes,
        string? ParentRef = null,
        string? Description = null,
        string? ByWhenText = null,
        DateOnly? ByWhenDate = null,
        bool? ByWhenDateInferred = null,
        string? Rag = null,
        string? RagAsWritten = null,
        bool? RagInferred = null,
        string? Progress = null
    );

    internal sealed record KpiJson(
        string Id,
        string Code,
        string RowType,
        List<MilestoneJson> Milestones,
        List<string> Notes,
        string? ActionRef = null,
        string? ContinuationOf = null,
        string? CrossReference = null,
        string? Description = null,
        string? BaselineText = null,
        ValueJson? Baseline = null,
        DateOnly? BaselineDate = null,
        bool? BaselineDateInferred = null,
        string? Direction = null,
        bool? DirectionInferred = null,
        string? ExpectedProgressNov2022 = null
    );

    internal sealed record MilestoneJson(
        int Sequence,
        string Label,
        DateOnly? DueDate = null,
        bool? DueDateInferred = null,
        string? TargetText = null,
        ValueJson? Target = null,
        DateOnly? ActualAsOf = null,
        bool? ActualAsOfInferred = null,
        string? ActualText = null,
        ValueJson? Actual = null,
        string? ActualStatus = null
    );

    internal sealed record SchoolJson(
        string Id,
        string Name,
        List<string> Roles,
        string? Phase = null,
        List<string>? AliasesAsWritten = null,
        bool? PhaseInferred = null,
        string? Notes = null
    );
}
