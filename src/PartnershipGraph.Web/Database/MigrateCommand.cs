using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;

namespace PartnershipGraph.Web.Database;

/// <summary>The <c>migrate</c> command: applies pending migrations and exits, without serving or seeding.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunMigrateCommandAsync(this WebApplication app)
    {
        var logger = app
            .Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(MigrateCommand));
        var database = "not configured";
        try
        {
            database = PartnershipDatabase.Describe(
                app.Services.GetRequiredService<DatabaseOptions>()
            );
            await app
                .Services.GetRequiredService<DatabaseInitializer>()
                .MigrateAsync(CancellationToken.None);
            logger.LogInformation("The database ({Database}) is up to date.", database);
            return 0;
        }
        catch (Exception error)
        {
            logger.LogCritical(
                "Migrating the database ({Database}) failed. {Reason}",
                database,
                StartupErrors.Explain(error)
            );
            return 1;
        }
    }
}
