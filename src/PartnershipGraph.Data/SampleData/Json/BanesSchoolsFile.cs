namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>The shape of <c>banes-schools.json</c>: B&amp;NES nurture-outreach schools and Somerset's Team Around the School pilots.</summary>
internal sealed record BanesSchoolsFile(
    string SchemaVersion,
    BanesSchoolsFile.BanesJson Banes,
    BanesSchoolsFile.SomersetJson Somerset
)
{
    internal sealed record BanesJson(
        SourceJson Source,
        LocalAreaJson LocalArea,
        List<BanesSchoolJson> Schools
    );

    internal sealed record BanesSchoolJson(
        string Id,
        string Name,
        string Phase,
        bool PhaseInferred,
        string? AreaPanel = null,
        NurtureOutreachJson? NurtureOutreach = null,
        string? Role = null,
        string? Note = null
    );

    internal sealed record NurtureOutreachJson(
        int Referrals,
        int Engaged,
        int NotEngaged,
        DateOnly? AsOf = null
    );

    internal sealed record SomersetJson(
        SourceJson Source,
        LocalAreaJson LocalArea,
        List<SomersetBoardJson> Boards,
        List<SomersetSchoolJson> Schools
    );

    internal sealed record SomersetBoardJson(string Id, string Name, string? Notes = null);

    internal sealed record SomersetSchoolJson(
        string Id,
        string Name,
        string Role,
        string? Town = null,
        string? AreaServed = null
    );
}
