using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Tests.Pages.Admin;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// One test class's world: the real web host on Kestrel on a free localhost port, with a temporary SQLite
/// file and the sample data, and one headless Chromium that the class's tests open contexts in.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private AdminTestHost? _host;
    private IPlaywright? _playwright;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public T Service<T>()
        where T : notnull =>
        (_host ?? throw new InvalidOperationException("The fixture has not started.")).Service<T>();

    /// <summary>A new context on the host's database, for a test to read what the pages wrote.</summary>
    public PartnershipDbContext Database() =>
        Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        var executable = Chromium.ExecutablePath();
        // A free port, chosen by Kestrel: several test classes' hosts run at once.
        _host = new AdminTestHost(("urls", "http://127.0.0.1:0"));
        _host.Factory.UseKestrel();
        _host.Factory.StartServer();
        BaseUrl = _host
            .Factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single()
            .TrimEnd('/');
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
