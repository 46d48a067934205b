namespace PartnershipGraph.GraphQL;

/// <summary>An error as it appears in the <c>errors</c> list of a GraphQL response.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Errors</remarks>
public sealed class GraphQLError : Exception
{
    /// <summary>Creates an error with a message and, optionally, where it happened.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The places in the document the error refers to; empty when none apply.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The response path (field names and list indices) of the field that failed, if any.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional machine-readable details, written as the error's <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
