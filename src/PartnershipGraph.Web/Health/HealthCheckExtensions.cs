namespace PartnershipGraph.Web.Health;

/// <summary>Liveness (the process answers) and readiness (the database is reachable and migrated) endpoints.</summary>
internal static class HealthCheckExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPartnershipHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapPartnershipHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks(
            "/health/ready",
            new() { Predicate = check => check.Tags.Contains(ReadyTag) }
        );
        return app;
    }
}
