namespace PartnershipGraph.GraphQL.Data;

/// <summary>How a data field pages its list.</summary>
internal enum PagingKind
{
    None,
    Cursor,
    Offset,
}
