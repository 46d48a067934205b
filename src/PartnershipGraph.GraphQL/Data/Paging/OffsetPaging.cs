namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>Cuts one page out of a sorted query from the <c>skip</c> and <c>take</c> arguments.</summary>
/// <remarks>Without <c>take</c> the default page size applies. One more row than the page is read to tell whether there is a next page.</remarks>
public static class OffsetPaging
{
    /// <summary>The page of <paramref name="query"/> the arguments ask for.</summary>
    /// <exception cref="GraphQLError"><c>skip</c> is negative, or <c>take</c> is negative or over the maximum.</exception>
    public static async Task<CollectionSegment<T>> PageAsync<T>(
        IQueryable<T> query,
        IReadOnlyDictionary<string, object?> arguments,
        PagingOptions options,
        IQueryableExecutor executor,
        CancellationToken cancellationToken
    )
    {
        var take = CursorPaging.PageSize(arguments, "take", options) ?? options.DefaultPageSize;
        var skip = arguments.GetValueOrDefault("skip") is int s ? s : 0;
        if (skip < 0)
        {
            throw new GraphQLError($"`skip: {skip}` must not be negative.");
        }
        var rows = await executor
            .ToListAsync(query.Skip(skip).Take(take + 1), cancellationToken)
            .ConfigureAwait(false);
        var hasNextPage = rows.Count > take;
        if (hasNextPage)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        Task<int>? total = null;
        return new CollectionSegment<T>(
            rows,
            new CollectionSegmentInfo(hasNextPage, skip > 0),
            token => total ??= executor.CountAsync(query, token)
        );
    }
}
