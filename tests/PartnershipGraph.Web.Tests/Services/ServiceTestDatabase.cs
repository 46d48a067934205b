using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Services;

/// <summary>A migrated SQLite file of its own for one test, a fixed clock, and a hook that runs just before the next save.</summary>
public sealed class ServiceTestDatabase : IDbContextFactory<PartnershipDbContext>, IAsyncDisposable
{
    private readonly string _folder;
    private readonly DatabaseOptions _options;
    private readonly BeforeSaveInterceptor _interceptor = new();

    private ServiceTestDatabase(string folder)
    {
        _folder = folder;
        _options = new DatabaseOptions { SqlitePath = Path.Combine(folder, "services.db") };
    }

    /// <summary>The clock the services read: 2026-03-01 09:30 UTC.</summary>
    public FixedTimeProvider Clock { get; } =
        new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>What the services are built on.</summary>
    public ServiceContext Context => new(this, Clock);

    /// <summary>Runs once, inside the next service save, before its SQL is sent: simulates a competing writer.</summary>
    public Func<Task>? BeforeNextSave
    {
        get => _interceptor.Hook;
        set => _interceptor.Hook = value;
    }

    public static async Task<ServiceTestDatabase> CreateAsync()
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "pg-service-tests",
            Guid.NewGuid().ToString("N")
        );
        var database = new ServiceTestDatabase(folder);
        await new DatabaseInitializer(database._options, database.CreatePlainContext).MigrateAsync(
            CancellationToken.None
        );
        return database;
    }

    public PartnershipDbContext CreateDbContext() =>
        new(
            new DbContextOptionsBuilder<PartnershipDbContext>()
                .UsePartnershipDatabase(_options)
                .AddInterceptors(_interceptor)
                .Options
        );

    /// <summary>A context that runs no hook, for arranging and asserting.</summary>
    public PartnershipDbContext CreatePlainContext() =>
        new(
            new DbContextOptionsBuilder<PartnershipDbContext>()
                .UsePartnershipDatabase(_options)
                .Options
        );

    /// <summary>The number of rows in every table, to prove a failed call wrote nothing.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountRowsAsync()
    {
        await using var db = CreatePlainContext();
        return new Dictionary<string, int>
        {
            ["Organisations"] = await db.Organisations.CountAsync(),
            ["People"] = await db.People.CountAsync(),
            ["Boards"] = await db.Boards.CountAsync(),
            ["BoardMemberships"] = await db.BoardMemberships.CountAsync(),
            ["Schools"] = await db.Schools.CountAsync(),
            ["Plans"] = await db.Plans.CountAsync(),
            ["PlanAreas"] = await db.PlanAreas.CountAsync(),
            ["PlanAreaLeads"] = await db.PlanAreaLeads.CountAsync(),
            ["Actions"] = await db.Actions.CountAsync(),
            ["ActionUpdates"] = await db.ActionUpdates.CountAsync(),
            ["ActionResponsibles"] = await db.ActionResponsibles.CountAsync(),
            ["Kpis"] = await db.Kpis.CountAsync(),
            ["KpiMilestones"] = await db.KpiMilestones.CountAsync(),
            ["KpiActuals"] = await db.KpiActuals.CountAsync(),
            ["AuditEntries"] = await db.AuditEntries.CountAsync(),
        };
    }

    public ValueTask DisposeAsync()
    {
        SqliteFiles.ClearPool(_options.SqlitePath);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private sealed class BeforeSaveInterceptor : SaveChangesInterceptor
    {
        public Func<Task>? Hook { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            if (Hook is { } hook)
            {
                Hook = null;
                await hook();
            }
            return result;
        }
    }
}
