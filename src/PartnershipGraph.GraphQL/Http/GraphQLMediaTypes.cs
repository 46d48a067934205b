namespace PartnershipGraph.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types</remarks>
public static class GraphQLMediaTypes
{
    /// <summary>The media type of GraphQL responses whose status code tells request errors apart.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The media type of requests, and of responses for legacy clients (status 200 for every well-formed request).</summary>
    public const string Json = "application/json";
}
