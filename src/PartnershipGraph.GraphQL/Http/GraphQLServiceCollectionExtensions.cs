using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Registers the GraphQL HTTP endpoint's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Serves <paramref name="schema"/> at the endpoints mapped with <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="configure">Sets the <see cref="GraphQLHttpOptions"/> after they were bound from the configuration section <see cref="GraphQLHttpOptions.SectionName"/>.</param>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Schema schema,
        Action<GraphQLHttpOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQL(_ => schema, configure);
    }

    /// <summary>Serves the schema <paramref name="schemaFactory"/> builds (once, from the root services) at the endpoints mapped with <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="schemaFactory">Builds the schema.</param>
    /// <param name="configure">Sets the <see cref="GraphQLHttpOptions"/> after they were bound from the configuration section <see cref="GraphQLHttpOptions.SectionName"/>.</param>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<GraphQLHttpOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = services
            .AddOptions<GraphQLHttpOptions>()
            .Configure<IServiceProvider>(
                static (options, provider) =>
                    provider
                        .GetService<IConfiguration>()
                        ?.GetSection(GraphQLHttpOptions.SectionName)
                        .Bind(options)
            );
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddSingleton(provider => new GraphQLHttpHandler(
            schemaFactory(provider),
            provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false,
            provider.GetService<ILogger<GraphQLHttpHandler>>()
                ?? NullLogger<GraphQLHttpHandler>.Instance
        ));
        return services;
    }
}
