using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>The database contexts of one GraphQL request: one per root field, so fields resolved concurrently never share one.</summary>
public sealed class GraphQLDbContexts(IDbContextFactory<PartnershipDbContext> factory)
    : IAsyncDisposable
{
    private readonly ConcurrentBag<PartnershipDbContext> _contexts = [];

    /// <summary>A new context, disposed with the request's services.</summary>
    public PartnershipDbContext Create()
    {
        var context = factory.CreateDbContext();
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        _contexts.Add(context);
        return context;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        while (_contexts.TryTake(out var context))
        {
            await context.DisposeAsync();
        }
    }
}
