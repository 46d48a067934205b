namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>The <c>PageInfo</c> of a connection: whether there are more items either side and the cursors of the first and last edges.</summary>
/// <remarks>https://relay.dev/graphql/connections.htm#sec-PageInfo</remarks>
public sealed record PageInfo(
    bool HasNextPage,
    bool HasPreviousPage,
    string? StartCursor,
    string? EndCursor
);
