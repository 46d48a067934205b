namespace PartnershipGraph.Data.SampleData.Json;

/// <summary>A figure with its unit and, for targets, its comparator (<c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>=</c>, <c>~</c>).</summary>
internal sealed record ValueJson(
    decimal? Value = null,
    string? Unit = null,
    string? Comparator = null
);
