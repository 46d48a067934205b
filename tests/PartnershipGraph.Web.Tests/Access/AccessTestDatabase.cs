using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Access;

/// <summary>A migrated SQLite file of its own with two local areas and three people, for the API key tests.</summary>
public sealed class AccessTestDatabase : IDbContextFactory<PartnershipDbContext>, IAsyncDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "pg-web-tests",
        Guid.NewGuid().ToString("N")
    );
    private readonly DbContextOptions<PartnershipDbContext> _options;

    private AccessTestDatabase()
    {
        Options = new DatabaseOptions { SqlitePath = Path.Combine(_folder, "access.db") };
        _options = new DbContextOptionsBuilder<PartnershipDbContext>()
            .UsePartnershipDatabase(Options)
            .Options;
    }

    public DatabaseOptions Options { get; }

    public LocalArea NorthSomerset { get; } =
        new() { Name = "North Somerset", LocalAuthorityCode = "nsc" };

    public LocalArea Portsmouth { get; } = new() { Name = "Portsmouth" };

    public Person Lead { get; private set; } = null!;

    public static async Task<AccessTestDatabase> CreateAsync()
    {
        var database = new AccessTestDatabase();
        await new DatabaseInitializer(database.Options, database.CreateDbContext).MigrateAsync(
            CancellationToken.None
        );
        database.Lead = new Person { LocalAreaId = database.NorthSomerset.Id, Name = "Jo Lead" };
        await using var db = database.CreateDbContext();
        db.AddRange(
            database.NorthSomerset,
            database.Portsmouth,
            database.Lead,
            new Person { LocalAreaId = database.Portsmouth.Id, Name = "Sam Twin" },
            new Person { LocalAreaId = database.Portsmouth.Id, Name = "Sam Twin" }
        );
        await db.SaveChangesAsync();
        return database;
    }

    public PartnershipDbContext CreateDbContext() => new(_options);

    public ValueTask DisposeAsync()
    {
        SqliteFiles.ClearPool(Options.SqlitePath);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
