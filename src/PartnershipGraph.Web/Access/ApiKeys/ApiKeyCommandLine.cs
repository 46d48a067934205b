using System.Globalization;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.CommandLine;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>The <c>apikey create|list|revoke</c> commands: parses their arguments and writes what happened; exit code 0 on success, 1 when refused, 2 on a usage error.</summary>
internal sealed class ApiKeyCommandLine(
    ApiKeyStore store,
    ApiKeyScopeLookup lookup,
    TextWriter output,
    TextWriter error
) : CommandLineBase(ApiKeyCommand.Name, Usage, error)
{
    public const string Usage = """
        Usage:
          apikey create --name "<what it is for>" --role Admin|AreaLead|BoardMember|Partner [--local-area <slug, code or id>] [--person <id or name>]
          apikey list
          apikey revoke <id, prefix or key>
        An AreaLead key must name its --person; other keys name none.
        """;

    private static readonly Role[] KeyRoles =
    [
        .. Enum.GetValues<Role>().Where(r => r != Role.Anonymous),
    ];

    private static readonly string[] CreateOptions = ["name", "role", "local-area", "person"];

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
            ["revoke", var target] => RevokeAsync(target, cancellationToken),
            _ => null,
        };

    private async Task<int> CreateAsync(
        Dictionary<string, string> options,
        CancellationToken cancellationToken
    )
    {
        var name = Required(options, "name");
        var role = ParseRole(Required(options, "role"));
        if (role == Role.AreaLead && !options.ContainsKey("person"))
        {
            throw new ApiKeyRequestException(
                "An AreaLead key must be bound to a person: add --person <id or name>."
            );
        }
        var localAreaId = options.TryGetValue("local-area", out var area)
            ? await lookup.FindLocalAreaAsync(area, cancellationToken)
            : (Guid?)null;
        var personId = options.TryGetValue("person", out var person)
            ? await lookup.FindPersonAsync(person, localAreaId, cancellationToken)
            : (Guid?)null;
        var created = await store.CreateAsync(
            new NewApiKey(name, role, localAreaId, personId),
            cancellationToken
        );
        var key = created.Record;
        await output.WriteLineAsync(
            $"Created API key {key.Id} \"{key.Name}\": role {key.Role}, {Scope(key, await lookup.NamesAsync(cancellationToken))}."
        );
        await output.WriteLineAsync();
        await output.WriteLineAsync($"    {created.Secret}");
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            "Store this key now, somewhere safe: it is shown only this once and cannot be recovered."
        );
        await output.WriteLineAsync(
            $"Send it as 'Authorization: Bearer <key>'. Revoke it with: apikey revoke {key.Prefix}"
        );
        return 0;
    }

    private async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            await output.WriteLineAsync(
                "No API keys. Create one with: apikey create --name \"…\" --role Partner"
            );
            return 0;
        }
        await output.WriteLineAsync(
            string.Format(
                CultureInfo.InvariantCulture,
                "{0,-13} {1,-36} {2,-11} {3,-17} {4,-17} {5,-22} {6}",
                "PREFIX",
                "ID",
                "ROLE",
                "CREATED",
                "LAST USED",
                "STATUS",
                "NAME AND SCOPE"
            )
        );
        var names = await lookup.NamesAsync(cancellationToken);
        foreach (var key in keys)
        {
            await output.WriteLineAsync(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0,-13} {1,-36} {2,-11} {3,-17} {4,-17} {5,-22} {6} ({7})",
                    key.Prefix,
                    key.Id,
                    key.Role,
                    Time(key.CreatedAt),
                    key.LastUsedAt is { } used ? Time(used) : "never",
                    key.RevokedAt is { } revoked ? $"revoked {Time(revoked)}" : "active",
                    key.Name,
                    Scope(key, names)
                )
            );
        }
        return 0;
    }

    private async Task<int> RevokeAsync(string target, CancellationToken cancellationToken)
    {
        var key = await store.RevokeAsync(target, cancellationToken);
        await output.WriteLineAsync(
            $"API key {key.Prefix} \"{key.Name}\" ({key.Id}) is revoked since {Time(key.RevokedAt!.Value)}; requests with it are refused."
        );
        return 0;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CommandLineException($"--{name} is required.\n{Usage}");

    private static Role ParseRole(string text)
    {
        var wanted = text.Replace("-", "", StringComparison.Ordinal)
            .Replace("_", "", StringComparison.Ordinal);
        foreach (var role in KeyRoles)
        {
            if (string.Equals(role.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }
        throw new ApiKeyRequestException(
            $"Unknown role '{text}'. Choose one of: {string.Join(", ", KeyRoles)}."
        );
    }

    private static string Scope(ApiKey key, IReadOnlyDictionary<Guid, string> names)
    {
        var area = key.LocalAreaId is { } areaId
            ? $"local area {Name(areaId)}"
            : "every local area";
        return key.PersonId is { } personId ? $"{area}, acting for {Name(personId)}" : area;

        string Name(Guid id) => names.TryGetValue(id, out var name) ? name : id.ToString();
    }

    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
