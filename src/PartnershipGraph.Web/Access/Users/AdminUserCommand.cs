using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Database;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>The <c>admin</c> command: prepares the database as start-up would, then creates or lists the admin's users and exits.</summary>
internal static class AdminUserCommand
{
    public const string Name = "admin";

    /// <summary>True when the command line starts with <c>admin</c>.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAdminUserCommandAsync(this WebApplication app, string[] args)
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
        var commandLine = new AdminUserCommandLine(
            scope.ServiceProvider.GetRequiredService<AdminUserService>(),
            new ApiKeyScopeLookup(
                services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
            ),
            ReadPassword,
            Console.Out,
            Console.Error
        );
        return await commandLine.RunAsync(args[1..], CancellationToken.None);
    }

    // The environment first (for scripts), then a piped line, then a prompt that does not echo what is typed.
    private static string? ReadPassword()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(
            AdminUserCommandLine.PasswordVariable
        );
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }
        Console.Error.Write("Password (at least 12 characters): ");
        var typed = new StringBuilder();
        for (
            var key = Console.ReadKey(intercept: true);
            key.Key != ConsoleKey.Enter;
            key = Console.ReadKey(intercept: true)
        )
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
