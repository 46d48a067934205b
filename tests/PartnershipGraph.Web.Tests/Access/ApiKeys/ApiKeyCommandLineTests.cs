using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;

namespace PartnershipGraph.Web.Tests.Access.ApiKeys;

public sealed class ApiKeyCommandLineTests : IAsyncLifetime
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private AccessTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await AccessTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Create_prints_the_key_once_with_a_warning_and_stores_its_scope()
    {
        var exit = await RunAsync(
            "create",
            "--name",
            "ICB dashboard",
            "--role",
            "Partner",
            "--local-area",
            "north-somerset"
        );

        Assert.Equal((0, ""), (exit, _error.ToString()));
        var key = Assert.Single(await KeysAsync());
        Assert.Equal(
            ("ICB dashboard", Role.Partner, _database.NorthSomerset.Id, (Guid?)null),
            (key.Name, key.Role, key.LocalAreaId, key.PersonId)
        );
        var secret = Assert.Single(
            _output.ToString().Split('\n').Select(l => l.Trim()),
            l => l.StartsWith("pgk_", StringComparison.Ordinal) && l.Length == 47
        );
        Assert.Equal(key.Hash, ApiKeySecret.Hash(secret));
        Assert.Contains("shown only this once", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains(
            "role Partner, local area North Somerset.",
            _output.ToString(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("nsc")]
    [InlineData("North Somerset")]
    public async Task Create_finds_the_local_area_by_code_or_name(string area)
    {
        Assert.Equal(
            0,
            await RunAsync("create", "--name=k", "--role=board-member", "--local-area", area)
        );

        Assert.Equal(_database.NorthSomerset.Id, Assert.Single(await KeysAsync()).LocalAreaId);
    }

    [Fact]
    public async Task Create_binds_an_area_lead_key_to_a_person_by_name_or_id()
    {
        Assert.Equal(
            0,
            await RunAsync("create", "--name", "a", "--role", "AreaLead", "--person", "jo lead")
        );
        Assert.Equal(
            0,
            await RunAsync(
                "create",
                "--name",
                "b",
                "--role",
                "arealead",
                "--person",
                _database.Lead.Id.ToString(),
                "--local-area",
                _database.NorthSomerset.Id.ToString()
            )
        );

        Assert.All(
            await KeysAsync(),
            k =>
                Assert.Equal(
                    (_database.Lead.Id, _database.NorthSomerset.Id),
                    (k.PersonId, k.LocalAreaId)
                )
        );
    }

    [Theory]
    [InlineData(
        "Unknown role 'Owner'. Choose one of: Admin, AreaLead, BoardMember, Partner.",
        "create",
        "--name",
        "k",
        "--role",
        "Owner"
    )]
    [InlineData(
        "Unknown role 'Anonymous'. Choose one of: Admin, AreaLead, BoardMember, Partner.",
        "create",
        "--name",
        "k",
        "--role",
        "Anonymous"
    )]
    [InlineData(
        "Unknown local area 'atlantis'. Known local areas: north-somerset, portsmouth.",
        "create",
        "--name",
        "k",
        "--role",
        "Partner",
        "--local-area",
        "atlantis"
    )]
    [InlineData(
        "An AreaLead key must be bound to a person: add --person <id or name>.",
        "create",
        "--name",
        "k",
        "--role",
        "AreaLead"
    )]
    [InlineData(
        "No person is named 'Nobody'.",
        "create",
        "--name",
        "k",
        "--role",
        "AreaLead",
        "--person",
        "Nobody"
    )]
    [InlineData(
        "Only an AreaLead key is bound to a person; a Partner key is not.",
        "create",
        "--name",
        "k",
        "--role",
        "Partner",
        "--person",
        "Jo Lead"
    )]
    [InlineData("--role needs a value.", "create", "--name", "k", "--role")]
    [InlineData(
        "--name is given twice.",
        "create",
        "--name",
        "k",
        "--name",
        "j",
        "--role",
        "Partner"
    )]
    [InlineData(
        "No API key has the id or prefix 'pgk_missing1'. Run 'apikey list' to see them.",
        "revoke",
        "pgk_missing1"
    )]
    public async Task Refuses_bad_input_with_exit_code_1_and_a_clear_message(
        string message,
        params string[] args
    )
    {
        Assert.Equal(1, await RunAsync(args));

        Assert.Equal(message, _error.ToString().Split('\n')[0].TrimEnd());
        Assert.Equal("", _output.ToString());
        Assert.Empty(await KeysAsync());
    }

    [Fact]
    public async Task Refuses_an_ambiguous_person_name()
    {
        Assert.Equal(
            1,
            await RunAsync("create", "--name", "k", "--role", "AreaLead", "--person", "Sam Twin")
        );

        Assert.StartsWith(
            "More than one person is named 'Sam Twin'",
            _error.ToString(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData]
    [InlineData("rotate")]
    [InlineData("revoke")]
    [InlineData("create", "--name", "k", "--role", "Partner", "--expires", "tomorrow")]
    public async Task Prints_usage_for_an_unknown_command_or_option(params string[] args)
    {
        Assert.NotEqual(0, await RunAsync(args));

        Assert.Contains("Usage:", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_prefixes_and_status_but_never_a_key()
    {
        await RunAsync("create", "--name", "Dashboard", "--role", "Partner");
        await RunAsync("create", "--name", "Old", "--role", "Admin");
        var secrets = _output
            .ToString()
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("pgk_", StringComparison.Ordinal) && l.Length == 47)
            .ToList();
        var old = (await KeysAsync()).Single(k => k.Name == "Old");
        await RunAsync("revoke", old.Prefix);
        _output.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync("list"));

        var lines = _output.ToString().TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(
            lines,
            l =>
                l.Contains("Dashboard", StringComparison.Ordinal)
                && l.Contains("active", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith(old.Prefix, StringComparison.Ordinal)
                && l.Contains("revoked", StringComparison.Ordinal)
        );
        Assert.All(
            secrets,
            s => Assert.DoesNotContain(s, _output.ToString(), StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Revoke_says_what_it_revoked()
    {
        await RunAsync("create", "--name", "Dashboard", "--role", "Partner");
        var key = Assert.Single(await KeysAsync());

        Assert.Equal(0, await RunAsync("revoke", key.Id.ToString()));

        Assert.Contains(
            $"API key {key.Prefix} \"Dashboard\" ({key.Id}) is revoked since",
            _output.ToString(),
            StringComparison.Ordinal
        );
        Assert.NotNull(Assert.Single(await KeysAsync()).RevokedAt);
    }

    [Fact]
    public async Task Ignores_host_configuration_options()
    {
        Assert.Equal(0, await RunAsync("list", "--Database:Provider=Sqlite"));

        Assert.StartsWith("No API keys.", _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) =>
        new ApiKeyCommandLine(
            new ApiKeyStore(_database, TimeProvider.System),
            new ApiKeyScopeLookup(_database),
            _output,
            _error
        ).RunAsync(args, CancellationToken.None);

    private async Task<List<ApiKey>> KeysAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.ApiKeys.ToListAsync();
    }
}
