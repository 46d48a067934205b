namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>One page of a cursor-paged field: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and a lazily counted <c>totalCount</c>.</summary>
/// <remarks>https://relay.dev/graphql/connections.htm</remarks>
public sealed class Connection<T> : ITotalCount
{
    private readonly Func<CancellationToken, Task<int>> _count;
    private Task<int>? _totalCount;

    internal Connection(
        IReadOnlyList<Edge<T>> edges,
        PageInfo pageInfo,
        Func<CancellationToken, Task<int>> count
    )
    {
        Edges = edges;
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The items of the page with their cursors.</summary>
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The items of the page.</summary>
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>Whether there are more items and the cursors of the page's ends.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>Counts every item of the filtered list (once, when first asked).</summary>
    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken) =>
        _totalCount ??= _count(cancellationToken);
}
