namespace PartnershipGraph.GraphQL.Benchmarks.Data;

/// <summary>An action of a plan area.</summary>
public sealed class ActionRecord
{
    public required string Id { get; init; }

    public required string Ref { get; init; }

    public required string Description { get; init; }

    public string? DueDateText { get; init; }

    public DateOnly? DueOn { get; init; }

    public string? LeadOrganisation { get; init; }

    public required string Rag { get; init; }

    public double? PercentComplete { get; init; }
}
