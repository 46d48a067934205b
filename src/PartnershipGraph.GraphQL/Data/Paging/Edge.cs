namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>An edge of a connection: one item and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
