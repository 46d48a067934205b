using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>Finds a request's data loaders from a resolver: one instance of each per request.</summary>
public static class ResolverContextDataLoaderExtensions
{
    /// <summary>The request's loader of type <typeparamref name="TLoader"/>, created on first use from the request's services and the request's <see cref="BatchScheduler"/>.</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class =>
        context.GetOrCreateLoader(
            typeof(TLoader).FullName!,
            scheduler => ActivatorUtilities.CreateInstance<TLoader>(context.Services, scheduler)
        );

    /// <summary>The request's loader named <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">The context does not come from the <see cref="Executor"/>.</exception>
    public static TLoader GetOrCreateLoader<TLoader>(
        this IResolverContext context,
        string key,
        Func<BatchScheduler, TLoader> create
    )
        where TLoader : class =>
        context is ResolverContext { Execution: var execution }
            ? execution.DataLoaders.GetOrCreate(key, create)
            : throw new InvalidOperationException(
                "Data loaders are available to resolvers run by the executor."
            );
}
