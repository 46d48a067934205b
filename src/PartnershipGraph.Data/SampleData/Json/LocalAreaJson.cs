namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>The <c>localArea</c> block of a sample file.</summary>
internal sealed record LocalAreaJson(
    string Id,
    string Name,
    string? LocalAuthorityId = null,
    string? PartnershipName = null
);
