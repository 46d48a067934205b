namespace PartnershipGraph.GraphQL.Execution;

/// <summary>The result of executing a request: its data, its errors and any extensions.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Response-Format</remarks>
public sealed class ExecutionResult
{
    /// <summary>The result of the operation's root selection set, in field order; <see langword="null"/> when an error nulled it or execution never started.</summary>
    public ResultMap? Data { get; init; }

    /// <summary>Whether the response has a <c>data</c> entry: <see langword="false"/> when a request error (syntax, validation, operation or variables) stopped execution before it began.</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, in the order they were raised; empty when there were none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>Extra top-level entries of the response (tracing, cost, …); <see langword="null"/> for none.</summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A result of request errors only, without a <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) =>
        new() { Errors = errors, HasData = false };
}
