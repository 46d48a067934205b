using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;

namespace PartnershipGraph.Web.Database;

/// <summary>Migrates and seeds the database before the host starts serving; a failure is logged as one clear line.</summary>
internal static class DatabaseStartup
{
    /// <summary>Prepares the database; returns false (after logging why) when it cannot be prepared.</summary>
    public static async Task<bool> InitializePartnershipDatabaseAsync(this WebApplication app)
    {
        var logger = app
            .Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(DatabaseStartup));
        var database = "not configured";
        try
        {
            database = PartnershipDatabase.Describe(
                app.Services.GetRequiredService<DatabaseOptions>()
            );
            await app
                .Services.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogCritical(
                "PartnershipGraph cannot start: the database ({Database}) could not be prepared. {Reason}",
                database,
                StartupErrors.Explain(error)
            );
            logger.LogDebug(error, "Database start-up failure in detail.");
            return false;
        }
    }
}
