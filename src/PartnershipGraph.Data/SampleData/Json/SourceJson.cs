namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>The <c>source</c> block every sample file has: which public paper it comes from.</summary>
internal sealed record SourceJson(
    string Document,
    string? SeedFile = null,
    DateOnly? ReportDate = null,
    DateOnly? Date = null
);
