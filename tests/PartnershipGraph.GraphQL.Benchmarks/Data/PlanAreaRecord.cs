namespace PartnershipGraph.GraphQL.Benchmarks.Data;

/// <summary>An area of a plan.</summary>
public sealed class PlanAreaRecord
{
    public required string Id { get; init; }

    public int Number { get; init; }

    public required string Title { get; init; }

    public string? EndOutcome { get; init; }

    public required string Status { get; init; }

    public List<ActionRecord> Actions { get; init; } = [];
}
