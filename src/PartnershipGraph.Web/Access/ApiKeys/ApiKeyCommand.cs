using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Web.Database;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>The <c>apikey</c> command: prepares the database as start-up would, then creates, lists or revokes keys and exits.</summary>
internal static class ApiKeyCommand
{
    public const string Name = "apikey";

    /// <summary>True when the command line starts with <c>apikey</c>.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunApiKeyCommandAsync(this WebApplication app, string[] args)
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
        var contexts = services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>();
        var commandLine = new ApiKeyCommandLine(
            services.GetRequiredService<ApiKeyStore>(),
            new ApiKeyScopeLookup(contexts),
            Console.Out,
            Console.Error
        );
        return await commandLine.RunAsync(args[1..], CancellationToken.None);
    }
}
