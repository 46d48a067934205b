namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>An organisation in a sample file.</summary>
internal sealed record OrganisationJson(
    string Id,
    string Name,
    string Type,
    string? ShortName = null,
    string? Notes = null,
    bool? Inferred = null,
    bool? NameInferred = null
);
