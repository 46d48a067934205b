using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipGraph.Data.SampleData;

namespace PartnershipGraph.Data.Initialization;

/// <summary>Brings a database up to the schema this code knows and loads the sample plans into an empty one.</summary>
public sealed class DatabaseInitializer(
    DatabaseOptions options,
    Func<PartnershipDbContext> createContext,
    ILogger<DatabaseInitializer>? logger = null
)
{
    private readonly ILogger _logger = logger ?? NullLogger<DatabaseInitializer>.Instance;

    /// <summary>
    /// Migrates (when <see cref="DatabaseOptions.MigrateOnStartup"/>) and seeds (when <see cref="DatabaseOptions.SeedSampleData"/>);
    /// without migrating, an unmigrated database is left alone with a warning so readiness reports it.
    /// </summary>
    /// <exception cref="DatabaseSchemaTooNewException">The database was migrated by a newer version.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }
        else if (!await IsReadyWithoutMigratingAsync(cancellationToken))
        {
            return;
        }
        if (options.SeedSampleData)
        {
            await using var db = createContext();
            var loaded = await new SampleDataLoader(db).LoadAsync(cancellationToken);
            if (loaded)
            {
                _logger.LogInformation("Loaded the sample plans into the empty database.");
            }
        }
    }

    /// <summary>Applies every migration the database lacks, creating the SQLite folder first.</summary>
    /// <exception cref="DatabaseSchemaTooNewException">The database was migrated by a newer version.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(options.SqlitePath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        await using var db = createContext();
        var unknown = await GetUnknownMigrationsAsync(db, cancellationToken);
        if (unknown.Count > 0)
        {
            throw new DatabaseSchemaTooNewException(PartnershipDatabase.Describe(options), unknown);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            _logger.LogInformation(
                "Applied {Count} migration(s) to {Database}: {Migrations}.",
                pending.Count,
                PartnershipDatabase.Describe(options),
                string.Join(", ", pending)
            );
        }
    }

    private async Task<bool> IsReadyWithoutMigratingAsync(CancellationToken cancellationToken)
    {
        var status = await GetStatusAsync(cancellationToken);
        if (status == DatabaseStatus.SchemaTooNew)
        {
            await using var db = createContext();
            var unknown = await GetUnknownMigrationsAsync(db, cancellationToken);
            throw new DatabaseSchemaTooNewException(PartnershipDatabase.Describe(options), unknown);
        }
        if (status != DatabaseStatus.Ready)
        {
            _logger.LogWarning(
                "The database ({Database}) is {Status} and Database:MigrateOnStartup is off; run the migrate command. Sample data is not loaded.",
                PartnershipDatabase.Describe(options),
                status
            );
        }
        return status == DatabaseStatus.Ready;
    }

    /// <summary>Reports whether the database can be reached and has exactly the schema this code knows.</summary>
    public async Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        await using var db = createContext();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return DatabaseStatus.Unreachable;
        }
        if ((await GetUnknownMigrationsAsync(db, cancellationToken)).Count > 0)
        {
            return DatabaseStatus.SchemaTooNew;
        }
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any() ? DatabaseStatus.NotMigrated : DatabaseStatus.Ready;
    }

    private static async Task<IReadOnlyList<string>> GetUnknownMigrationsAsync(
        PartnershipDbContext db,
        CancellationToken cancellationToken
    )
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        return [.. applied.Where(m => !known.Contains(m))];
    }
}
