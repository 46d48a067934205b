using Microsoft.Extensions.Options;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>What resolvers read from the request: a database context, the actor and the clock.</summary>
public static class ResolverContextExtensions
{
    /// <summary>A new database context of the request, for one root field.</summary>
    public static PartnershipDbContext Db(this IResolverContext context) =>
        context.Services.GetRequiredService<GraphQLDbContexts>().Create();

    /// <summary>Who the request is from; anonymous without credentials.</summary>
    public static Actor Actor(this IResolverContext context) =>
        context.Services.GetService<IActorAccessor>()?.Actor ?? Domain.Access.Actor.Anonymous;

    /// <summary>Today's date in UTC.</summary>
    public static DateOnly Today(this IResolverContext context) =>
        DateOnly.FromDateTime(
            (context.Services.GetService<TimeProvider>() ?? TimeProvider.System)
                .GetUtcNow()
                .UtcDateTime
        );

    /// <summary>The options of the computed progress RAG.</summary>
    public static ProgressRagOptions RagOptions(this IResolverContext context) =>
        context.Services.GetService<IOptions<ProgressRagOptions>>()?.Value ?? new();
}
