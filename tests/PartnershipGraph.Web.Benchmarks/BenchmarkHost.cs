using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>The real web host on Kestrel, on a SQLite file of its own with the sample data, with anonymous reads on
/// and the baseline endpoint mapped in front of the app's pipeline.</summary>
public sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "pg-web-bench",
        Guid.NewGuid().ToString("N")
    );

    /// <summary>Counts the SQL commands that read rows.</summary>
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Starts Kestrel on a free loopback port and returns its address.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services
            .GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/PartnershipGraph.Web");
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder, "bench.db"));
        builder.UseSetting("Api:AllowAnonymous", "true");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<PartnershipDbContext>(o => o.AddInterceptors(Commands));
            s.AddSingleton<IStartupFilter, BaselineStartupFilter>();
        });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class BaselineStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                BaselineDashboardEndpoint.Map(app);
                next(app);
            };
    }
}
