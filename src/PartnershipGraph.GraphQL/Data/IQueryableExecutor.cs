namespace PartnershipGraph.GraphQL.Data;

/// <summary>Runs a query built by the data layer: the host plugs in its ORM's asynchronous operators (EF Core's <c>ToListAsync</c> and <c>CountAsync</c>).</summary>
/// <remarks>
/// The engine does not depend on EF Core, so it cannot call EF's async extension methods itself.
/// A data field finds its executor in the request's services, then in <see cref="DataConventions.Executor"/>,
/// which defaults to <see cref="SynchronousQueryableExecutor"/>.
/// </remarks>
public interface IQueryableExecutor
{
    /// <summary>Reads every row of the query.</summary>
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the rows of the query.</summary>
    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
