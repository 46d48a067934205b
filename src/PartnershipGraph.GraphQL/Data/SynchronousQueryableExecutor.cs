namespace PartnershipGraph.GraphQL.Data;

/// <summary>The default <see cref="IQueryableExecutor"/>: runs the query synchronously with plain LINQ.</summary>
public sealed class SynchronousQueryableExecutor : IQueryableExecutor
{
    /// <summary>The one instance.</summary>
    public static SynchronousQueryableExecutor Instance { get; } = new();

    /// <inheritdoc/>
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(query.ToList());
    }

    /// <inheritdoc/>
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(query.Count());
    }
}
