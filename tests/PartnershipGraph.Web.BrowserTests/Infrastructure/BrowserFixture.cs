using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// One test class's world: the real web host on Kestrel on a free localhost port, with a temporary SQLite
/// file and the sample data, and one headless Chromium that the class's tests open contexts in.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The password of every user the tests create.</summary>
    public const string Password = "browser tests sign in here";

    private PartnershipWebFactory? _host;
    private IPlaywright? _playwright;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private PartnershipWebFactory Host =>
        _host ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>A new context on the host's database, for a test to read what the pages wrote.</summary>
    public PartnershipDbContext Database() =>
        Host
            .Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
            .CreateDbContext();

    /// <summary>Creates an admin user with <see cref="Password"/>, as the <c>admin create</c> command does.</summary>
    public async Task CreateUserAsync(string email, Role role = Role.Admin)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<AdminUserService>();
        var result = await users.CreateAsync(
            email,
            Password,
            new AdminUserAccess(role),
            AdminUserCommandLine.CommandActor,
            CancellationToken.None
        );
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public async Task InitializeAsync()
    {
        var executable = Chromium.ExecutablePath();
        _host = new PartnershipWebFactory();
        _host.UseKestrel(0);
        _host.StartServer();
        BaseUrl = _host
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single()
            .TrimEnd('/');
        // Expect(...) waits as long as a step may: a busy CI machine renders slowly, not wrongly.
        Assertions.SetDefaultExpectTimeout(BrowserTest.StepTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true }
        );
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _host?.Dispose();
    }
}
