using Microsoft.Extensions.Options;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL;
using PartnershipGraph.GraphQL.Http;
using PartnershipGraph.GraphQL.Validation.Limits;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Reports;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Registers and maps the GraphQL API at <c>/graphql</c>.</summary>
public static class GraphQLHostingExtensions
{
    /// <summary>The configuration key of the highest cost an operation may have (default <see cref="GraphQLLimits.DefaultMaxCost"/>).</summary>
    public const string MaxCostKey = "GraphQL:Limits:MaxCost";

    /// <summary>Adds the schema, the per-request database contexts and the options of computed fields.</summary>
    public static WebApplicationBuilder AddPartnershipGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services
            .AddOptions<ProgressRagOptions>()
            .Bind(builder.Configuration.GetSection(ProgressRagOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services
            .AddOptions<StaleActionsOptions>()
            .Bind(builder.Configuration.GetSection(StaleActionsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<GraphQLDbContexts>();
        services.AddPartnershipServices();
        var maxCost = builder.Configuration.GetValue(MaxCostKey, GraphQLLimits.DefaultMaxCost);
        services.AddGraphQL(
            _ => PartnershipSchema.Build(),
            o =>
            {
                // Projected nested collections cost their selection once (see the engine README's Limits), so the
                // board's plan-to-milestone reads fit the engine's default cost; GraphQL:Limits:MaxCost overrides it.
                o.UseLimits(GraphQLLimits.Default with { MaxCost = maxCost });
                o.ConfigureRequest = AdmitAsync;
            }
        );
        return builder;
    }

    /// <summary>Serves the API at <c>/graphql</c>.</summary>
    public static WebApplication MapPartnershipGraphQL(this WebApplication app)
    {
        app.MapGraphQL("/graphql");
        return app;
    }

    // Anonymous callers are refused with 401 unless Api:AllowAnonymous is set; what the others may read is filtered
    // where it is read (ReadAccess, ReadableTypes).
    private static ValueTask AdmitAsync(GraphQLHttpRequestContext request)
    {
        var services = request.Services;
        var actor = services.GetRequiredService<IActorAccessor>().Actor;
        if (!services.GetRequiredService<IOptions<ApiAccessOptions>>().Value.Admits(actor))
        {
            request.StatusCode = StatusCodes.Status401Unauthorized;
            request.AddError(
                new GraphQLError(
                    "The API needs an API key: send it as \"Authorization: Bearer <key>\"."
                )
            );
        }
        return ValueTask.CompletedTask;
    }
}
