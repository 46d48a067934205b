using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnershipGraph.Web.Reports;

/// <summary>Registers the readers behind the dashboard and board report pages.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PlanDashboardReader"/>; the stale and progress RAG options are bound with the GraphQL API.</summary>
    public static IServiceCollection AddPartnershipReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PlanDashboardReader>();
        return services;
    }
}
