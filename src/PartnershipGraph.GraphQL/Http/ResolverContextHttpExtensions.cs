using Microsoft.AspNetCore.Http;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>What a resolver of an operation that came over HTTP knows about its HTTP request.</summary>
public static class ResolverContextHttpExtensions
{
    /// <summary>The HTTP request the operation came with; <see langword="null"/> when it was not executed by the HTTP endpoint.</summary>
    public static HttpContext? GetHttpContext(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ContextItems.TryGetValue(
            GraphQLHttpRequestContext.HttpContextKey,
            out var value
        )
            ? value as HttpContext
            : null;
    }
}
