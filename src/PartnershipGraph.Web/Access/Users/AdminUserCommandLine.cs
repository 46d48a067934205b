using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>The <c>admin create|list</c> commands: parses their arguments and writes what happened; exit code 0 on success, 1 when refused, 2 on a usage error.</summary>
internal sealed class AdminUserCommandLine(
    AdminUserService users,
    ApiKeyScopeLookup lookup,
    Func<string?> readPassword,
    TextWriter output,
    TextWriter error
)
{
    /// <summary>The environment variable a password may be given in instead of standard input.</summary>
    public const string PasswordVariable = "PARTNERSHIPGRAPH_ADMIN_PASSWORD";

    public const string Usage = $"""
        Usage:
          admin create --email <address> --role Admin|AreaLead|BoardMember|Partner [--local-area <slug, code or id>] [--person <id or name>]
          admin list
        The password is read from the environment variable {PasswordVariable} or, when it is not set, from standard input.
        An AreaLead must name their --person; other users name none.
        """;

    /// <summary>The actor recorded in the audit log for users made on the command line.</summary>
    public static readonly Actor CommandActor = new("command-line", Role.Admin);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        // Options with a ':' (e.g. --Database:Provider=PostgreSql) are the host's configuration, not ours.
        var own = args.Where(a =>
                !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':'))
            )
            .ToList();
        try
        {
            return own switch
            {
                ["create", .. var rest] => await CreateAsync(ParseOptions(rest), cancellationToken),
                ["list"] => await ListAsync(cancellationToken),
                _ => Fail(
                    2,
                    own.Count == 0
                        ? "Missing admin command."
                        : $"Unknown admin command '{string.Join(' ', own)}'."
                ),
            };
        }
        catch (ApiKeyRequestException refused)
        {
            return Fail(1, refused.Message);
        }
    }

    private async Task<int> CreateAsync(
        Dictionary<string, string> options,
        CancellationToken cancellationToken
    )
    {
        if (
            !options.TryGetValue("email", out var email)
            || !options.TryGetValue("role", out var roleText)
        )
        {
            return Fail(2, "--email and --role are required.");
        }
        if (
            !Enum.TryParse<Role>(roleText, ignoreCase: true, out var role)
            || role == Role.Anonymous
            || !Enum.IsDefined(role)
        )
        {
            return Fail(
                1,
                $"Unknown role '{roleText}'. Choose one of: Admin, AreaLead, BoardMember, Partner."
            );
        }
        var localAreaId = options.TryGetValue("local-area", out var area)
            ? await lookup.FindLocalAreaAsync(area, cancellationToken)
            : (Guid?)null;
        var personId = options.TryGetValue("person", out var person)
            ? await lookup.FindPersonAsync(person, localAreaId, cancellationToken)
            : (Guid?)null;
        var password = readPassword();
        if (string.IsNullOrEmpty(password))
        {
            return Fail(
                1,
                $"No password given: set {PasswordVariable} or write it to standard input."
            );
        }
        var result = await users.CreateAsync(
            email,
            password,
            new AdminUserAccess(role, personId, localAreaId),
            CommandActor,
            cancellationToken
        );
        if (!result.Succeeded)
        {
            return Fail(1, string.Join(Environment.NewLine, result.Errors.Select(e => e.Message)));
        }
        var user = result.User!;
        await output.WriteLineAsync(
            $"Created user {user.Email} ({user.Id}) with role {user.Role}."
        );
        await output.WriteLineAsync("Sign in at /Account/SignIn.");
        return 0;
    }

    private async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            await output.WriteLineAsync(
                "No users. Create one with: admin create --email <address> --role Admin"
            );
        }
        foreach (var user in all)
        {
            await output.WriteLineAsync(
                $"{user.Email} {user.Role}{(user.IsDisabled ? " (disabled)" : "")} {user.Id}"
            );
        }
        return 0;
    }

    private static Dictionary<string, string> ParseOptions(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ApiKeyRequestException($"Unexpected argument '{arg}'.\n{Usage}");
            }
            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (arg[2..eq], arg[(eq + 1)..])
                : (
                    arg[2..],
                    i + 1 < args.Count
                        ? args[++i]
                        : throw new ApiKeyRequestException($"--{arg[2..]} needs a value.")
                );
            if (name is not ("email" or "role" or "local-area" or "person"))
            {
                throw new ApiKeyRequestException($"Unknown option '--{name}'.\n{Usage}");
            }
            if (!options.TryAdd(name, value))
            {
                throw new ApiKeyRequestException($"--{name} is given twice.");
            }
        }
        return options;
    }

    private int Fail(int exitCode, string message)
    {
        error.WriteLine(message);
        if (exitCode == 2)
        {
            error.WriteLine(Usage);
        }
        return exitCode;
    }
}
