using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Access.CommandLine;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>The <c>admin</c> command: prepares the database as start-up would, then creates or lists the admin's users and exits.</summary>
internal static class AdminUserCommand
{
    public const string Name = "admin";

    /// <summary>True when the command line starts with <c>admin</c>.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static Task<int> RunAdminUserCommandAsync(this WebApplication app, string[] args) =>
        app.RunAgainstPreparedDatabaseAsync(services =>
            new AdminUserCommandLine(
                services.GetRequiredService<AdminUserService>(),
                new ApiKeyScopeLookup(
                    services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
                ),
                ReadPassword,
                Console.Out,
                Console.Error
            ).RunAsync(args[1..], CancellationToken.None)
        );

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
