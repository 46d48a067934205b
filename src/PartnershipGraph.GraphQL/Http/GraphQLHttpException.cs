namespace PartnershipGraph.GraphQL.Http;

/// <summary>An HTTP request that is not a well-formed GraphQL request: answered with its status code and one error, nothing executed.</summary>
internal sealed class GraphQLHttpException(int statusCode, string message, string? allow = null)
    : Exception(message)
{
    /// <summary>The status code of the response.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The value of the <c>Allow</c> header of a 405 response.</summary>
    public string? Allow { get; } = allow;
}
