namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>The page sizes of one paged field.</summary>
/// <param name="DefaultPageSize">The page size when the client gives none.</param>
/// <param name="MaxPageSize">The largest page a client may ask for.</param>
public sealed record PagingOptions(int DefaultPageSize, int MaxPageSize);
