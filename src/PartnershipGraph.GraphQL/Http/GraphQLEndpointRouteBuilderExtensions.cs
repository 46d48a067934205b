using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Maps the GraphQL HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves the schema registered with <c>AddGraphQL</c> at <paramref name="pattern"/>, for GET and POST (other methods get 405).</summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="pattern">The route pattern.</param>
    /// <returns>The endpoint's convention builder, for <c>RequireAuthorization</c>, <c>RequireCors</c>, rate limiting, ….</returns>
    /// <exception cref="InvalidOperationException"><c>AddGraphQL</c> was not called.</exception>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/graphql"
    )
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler =
            endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException(
                "Call services.AddGraphQL(schema) before endpoints.MapGraphQL()."
            );
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName($"GraphQL {pattern}");
    }
}
