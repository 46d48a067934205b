using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Access.CommandLine;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>The <c>admin create|list</c> commands: parses their arguments and writes what happened; exit code 0 on success, 1 when refused, 2 on a usage error.</summary>
internal sealed class AdminUserCommandLine(
    AdminUserService users,
    ApiKeyScopeLookup lookup,
    Func<string?> readPassword,
    TextWriter output,
    TextWriter error
) : CommandLineBase(AdminUserCommand.Name, Usage, error)
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

    private static readonly string[] CreateOptions = ["email", "role", "local-area", "person"];

    protected override Task<int>? Dispatch(
        List<string> args,
        CancellationToken cancellationToken
    ) =>
        args switch
        {
            ["create", .. var rest] => CreateAsync(
                CommandOptions.Parse(rest, CreateOptions, Usage),
                cancellationToken
            ),
            ["list"] => ListAsync(cancellationToken),
            _ => null,
        };

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
}
