using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace PartnershipGraph.Web.Tests.Infrastructure;

/// <summary>The web host on a SQLite file of its own in a new temporary folder, with its log lines captured.</summary>
public sealed class PartnershipWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public PartnershipWebFactory(
        string? sqlitePath = null,
        params (string Key, string? Value)[] settings
    )
    {
        Folder = Path.Combine(Path.GetTempPath(), "pg-web-tests", Guid.NewGuid().ToString("N"));
        SqlitePath = sqlitePath ?? Path.Combine(Folder, "data", "test.db");
        _settings = settings.ToDictionary(s => s.Key, s => s.Value);
        _settings["Database:SqlitePath"] = SqlitePath;
    }

    public string Folder { get; }

    public string SqlitePath { get; }

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging =>
            logging.AddProvider(new CapturingLoggerProvider(LogLines))
        );
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteFiles.ClearPool(SqlitePath);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
