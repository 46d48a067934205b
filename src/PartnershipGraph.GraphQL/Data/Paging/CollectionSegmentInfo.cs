namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>The <c>CollectionSegmentInfo</c> of an offset-paged field.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
