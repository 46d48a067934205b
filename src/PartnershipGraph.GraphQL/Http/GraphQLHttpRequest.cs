using System.Text.Json;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>The GraphQL request parameters of an HTTP request: <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters</remarks>
public sealed class GraphQLHttpRequest
{
    /// <summary>The document's source text.</summary>
    public required string Query { get; init; }

    /// <summary>The name of the operation to run; may be omitted when the document has one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>The <c>variables</c> object, if one was sent (valid only while the request is being handled).</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The <c>extensions</c> object, if one was sent (valid only while the request is being handled).</summary>
    public JsonElement? Extensions { get; init; }
}
