using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipGraph.Data.Initialization;

namespace PartnershipGraph.Web.Health;

/// <summary>Healthy when the database is reachable and carries exactly the migrations this version knows.</summary>
internal sealed class DatabaseHealthCheck(DatabaseInitializer initializer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            var status = await initializer.GetStatusAsync(cancellationToken);
            return status == DatabaseStatus.Ready
                ? HealthCheckResult.Healthy("The database is reachable and migrated.")
                : HealthCheckResult.Unhealthy($"The database is not ready: {status}.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be reached: {error.Message}");
        }
    }
}
