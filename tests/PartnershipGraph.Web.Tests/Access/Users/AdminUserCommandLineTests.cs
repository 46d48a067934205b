using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Tests.Pages.Account;

namespace PartnershipGraph.Web.Tests.Access.Users;

public sealed class AdminUserCommandLineTests : IDisposable
{
    private readonly SignInTestHost _host = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Creates_an_administrator_who_can_then_sign_in()
    {
        var exit = await RunAsync(
            SignInTestHost.Password,
            "create",
            "--email",
            "first@example.org",
            "--role",
            "admin"
        );

        Assert.Equal(0, exit);
        Assert.Contains(
            "Created user first@example.org",
            _output.ToString(),
            StringComparison.Ordinal
        );
        using var client = _host.CreateClient();
        await SignInTestHost.SignInAsync(client, "first@example.org");
        using var users = await client.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task Creates_an_area_lead_for_a_person_named_on_the_command_line()
    {
        var person = await FirstPersonAsync();

        var exit = await RunAsync(
            SignInTestHost.Password,
            "create",
            "--email=lead@example.org",
            "--role=AreaLead",
            $"--person={person.Id}"
        );

        Assert.Equal(0, exit);
        var lead = await _host.WithUsersAsync(async u => (await u.ListAsync(default)).Single());
        Assert.Equal(
            (Role.AreaLead, person.Id, person.LocalAreaId),
            (lead.Role, lead.PersonId, lead.LocalAreaId)
        );
        Assert.Contains("list", AdminUserCommandLine.Usage, StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(null, "list"));
        Assert.Contains("lead@example.org AreaLead", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "short pass",
        "at least 12 characters",
        "create",
        "--email",
        "a@example.org",
        "--role",
        "Admin"
    )]
    [InlineData("", "No password given", "create", "--email", "a@example.org", "--role", "Admin")]
    [InlineData(
        SignInTestHost.Password,
        "linked to the person",
        "create",
        "--email",
        "a@example.org",
        "--role",
        "AreaLead"
    )]
    [InlineData(
        SignInTestHost.Password,
        "Unknown role",
        "create",
        "--email",
        "a@example.org",
        "--role",
        "Anonymous"
    )]
    [InlineData(
        SignInTestHost.Password,
        "email address",
        "create",
        "--email",
        "not-an-email",
        "--role",
        "Admin"
    )]
    public async Task Refuses_with_exit_code_1_and_says_why(
        string password,
        string reason,
        params string[] args
    )
    {
        Assert.Equal(1, await RunAsync(password, args));
        Assert.Contains(reason, _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(await _host.WithUsersAsync(u => u.ListAsync(default)));
    }

    [Theory]
    [InlineData("rotate")]
    [InlineData("create", "--role", "Admin")]
    [InlineData]
    public async Task Usage_errors_exit_with_code_2_and_print_the_usage(params string[] args)
    {
        Assert.Equal(2, await RunAsync(SignInTestHost.Password, args));
        Assert.Contains("Usage:", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "admin", "create")]
    [InlineData(false, "apikey", "admin")]
    [InlineData(false)]
    public void Is_invoked_only_by_a_command_line_starting_with_admin(
        bool invoked,
        params string[] args
    ) => Assert.Equal(invoked, AdminUserCommand.IsInvoked(args));

    public void Dispose()
    {
        _host.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private async Task<int> RunAsync(string? password, params string[] args)
    {
        _host.CreateClient().Dispose();
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var commandLine = new AdminUserCommandLine(
            services.GetRequiredService<AdminUserService>(),
            new ApiKeyScopeLookup(
                services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
            ),
            () => password,
            _output,
            _error
        );
        return await commandLine.RunAsync(args, CancellationToken.None);
    }

    private async Task<PartnershipGraph.Domain.People.Person> FirstPersonAsync()
    {
        _host.CreateClient().Dispose();
        var contexts = _host.Factory.Services.GetRequiredService<
            IDbContextFactory<PartnershipDbContext>
        >();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.People.OrderBy(p => p.Id).FirstAsync();
    }
}
