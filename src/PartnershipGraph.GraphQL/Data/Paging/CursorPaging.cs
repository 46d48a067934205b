namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>Cuts one page out of a sorted query from the <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> arguments.</summary>
/// <remarks>
/// https://relay.dev/graphql/connections.htm#sec-Pagination-algorithm. <c>after</c> and <c>before</c> bound the list first,
/// then <c>first</c> keeps the start of what is left and <c>last</c> the end. Without either, the default page size applies as
/// <c>first</c>. <c>last</c> without <c>before</c> counts the list to find its end. One more row than the page is read to
/// tell whether there is a next page.
/// </remarks>
public static class CursorPaging
{
    /// <summary>The page of <paramref name="query"/> the arguments ask for.</summary>
    /// <exception cref="GraphQLError">A cursor is not one of this connection, or a page size is negative or over the maximum.</exception>
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> query,
        IReadOnlyDictionary<string, object?> arguments,
        PagingOptions options,
        IQueryableExecutor executor,
        CancellationToken cancellationToken
    )
    {
        var first = PageSize(arguments, "first", options);
        var last = PageSize(arguments, "last", options);
        var after = arguments.GetValueOrDefault("after") is string a
            ? Cursor.Decode(a, "after")
            : (int?)null;
        var before = arguments.GetValueOrDefault("before") is string b
            ? Cursor.Decode(b, "before")
            : (int?)null;
        Task<int>? total = null;
        Task<int> Count(CancellationToken token) => total ??= executor.CountAsync(query, token);

        var start = after + 1 ?? 0;
        var end = before;
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }
        if (last is not null && end is null)
        {
            end = await Count(cancellationToken).ConfigureAwait(false);
        }
        if (end < start)
        {
            end = start;
        }
        if (first is not null)
        {
            end = end is null ? start + first : Math.Min(end.Value, start + first.Value);
        }
        if (last is not null)
        {
            start = Math.Max(start, end!.Value - last.Value);
        }
        var size = end!.Value - start;
        var rows = await executor
            .ToListAsync(query.Skip(start).Take(size + 1), cancellationToken)
            .ConfigureAwait(false);
        var hasNextPage = rows.Count > size;
        if (hasNextPage)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var edges = rows.Select((row, i) => new Edge<T>(Cursor.Encode(start + i), row)).ToList();
        var pageInfo = new PageInfo(
            hasNextPage,
            start > 0,
            edges.Count > 0 ? edges[0].Cursor : null,
            edges.Count > 0 ? edges[^1].Cursor : null
        );
        return new Connection<T>(edges, pageInfo, Count);
    }

    internal static int? PageSize(
        IReadOnlyDictionary<string, object?> arguments,
        string name,
        PagingOptions options
    )
    {
        if (arguments.GetValueOrDefault(name) is not int size)
        {
            return null;
        }
        if (size < 0)
        {
            throw new GraphQLError($"The page size `{name}: {size}` must not be negative.");
        }
        return size > options.MaxPageSize
            ? throw new GraphQLError(
                $"The page size `{name}: {size}` is more than the maximum of {options.MaxPageSize} items per page."
            )
            : size;
    }
}
