namespace PartnershipGraph.GraphQL.Benchmarks.Data;

/// <summary>The in-memory plans the three-level query reads, loaded from <c>Documents/plans.json</c>.</summary>
public sealed class PlanData
{
    /// <summary>The plans, in file order.</summary>
    public List<PlanRecord> Plans { get; init; } = [];
}
