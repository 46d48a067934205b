namespace PartnershipGraph.GraphQL.Benchmarks.Data;

/// <summary>An improvement plan as a domain object would hold it.</summary>
public sealed class PlanRecord
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Kind { get; init; }

    public DateOnly? StartsOn { get; init; }

    public bool IsPublished { get; init; }

    public List<PlanAreaRecord> Areas { get; init; } = [];
}
