namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>One page of an offset-paged field: <c>items</c>, <c>pageInfo</c> and a lazily counted <c>totalCount</c>.</summary>
public sealed class CollectionSegment<T> : ITotalCount
{
    private readonly Func<CancellationToken, Task<int>> _count;
    private Task<int>? _totalCount;

    internal CollectionSegment(
        IReadOnlyList<T> items,
        CollectionSegmentInfo pageInfo,
        Func<CancellationToken, Task<int>> count
    )
    {
        Items = items;
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The items of the page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Whether there are items before and after the page.</summary>
    public CollectionSegmentInfo PageInfo { get; }

    /// <summary>Counts every item of the filtered list (once, when first asked).</summary>
    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken) =>
        _totalCount ??= _count(cancellationToken);
}
