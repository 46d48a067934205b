using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// One test class's world: the real web host on Kestrel on a free localhost port, with a temporary SQLite
/// file and the sample data, and one headless Chromium that the class's tests open contexts in.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private PartnershipWebFactory? _host;
    private IPlaywright? _playwright;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public PartnershipWebFactory Host =>
        _host ?? throw new InvalidOperationException("The fixture has not started.");

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

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
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
