namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the schema is invalid; lists every problem found.</summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> errors)
    : Exception("The schema is invalid:" + string.Concat(errors.Select(e => "\n- " + e.Message)))
{
    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
