using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access.CommandLine;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>The <c>apikey</c> command: prepares the database as start-up would, then creates, lists or revokes keys and exits.</summary>
internal static class ApiKeyCommand
{
    public const string Name = "apikey";

    /// <summary>True when the command line starts with <c>apikey</c>.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static Task<int> RunApiKeyCommandAsync(this WebApplication app, string[] args) =>
        app.RunAgainstPreparedDatabaseAsync(services =>
            new ApiKeyCommandLine(
                services.GetRequiredService<ApiKeyStore>(),
                new ApiKeyScopeLookup(
                    services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
                ),
                Console.Out,
                Console.Error
            ).RunAsync(args[1..], CancellationToken.None)
        );
}
