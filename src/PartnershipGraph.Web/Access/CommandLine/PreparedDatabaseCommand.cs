using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Web.Database;

namespace PartnershipGraph.Web.Access.CommandLine;

/// <summary>Runs a command after preparing the database as start-up would; exit code 1 when the database is not ready.</summary>
internal static class PreparedDatabaseCommand
{
    public static async Task<int> RunAgainstPreparedDatabaseAsync(
        this WebApplication app,
        Func<IServiceProvider, Task<int>> run
    )
    {
        var services = app.Services;
        try
        {
            var initializer = services.GetRequiredService<DatabaseInitializer>();
            await initializer.InitializeAsync(CancellationToken.None);
            var status = await initializer.GetStatusAsync(CancellationToken.None);
            if (status != DatabaseStatus.Ready)
            {
                await Console.Error.WriteLineAsync(
                    $"The database is {status}: run the migrate command first."
                );
                return 1;
            }
        }
        catch (Exception failure)
        {
            await Console.Error.WriteLineAsync(
                $"The database could not be prepared. {StartupErrors.Explain(failure)}"
            );
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}
