using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using PartnershipGraph.GraphQL.Data;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Runs the engine's data queries with EF Core's asynchronous operators, and in-memory ones synchronously.</summary>
public sealed class EfQueryableExecutor : IQueryableExecutor
{
    /// <inheritdoc />
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken)
            : Task.FromResult(query.ToList());

    /// <inheritdoc />
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken)
            : Task.FromResult(query.Count());
}
