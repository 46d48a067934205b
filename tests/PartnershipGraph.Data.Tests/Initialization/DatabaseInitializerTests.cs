using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Data.Tests.Infrastructure;

namespace PartnershipGraph.Data.Tests.Initialization;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Creates_the_sqlite_folder_and_migrates_on_first_run()
    {
        await using var database = TestDatabase.CreateSqlite();
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);
        Assert.False(Directory.Exists(Path.GetDirectoryName(database.Options.SqlitePath)));

        await initializer.MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(database.Options.SqlitePath));
        Assert.Equal(
            DatabaseStatus.Ready,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }

    [Fact]
    public async Task Reports_an_empty_database_as_not_migrated()
    {
        await using var database = TestDatabase.CreateSqlite();
        Directory.CreateDirectory(Path.GetDirectoryName(database.Options.SqlitePath)!);
        await File.WriteAllBytesAsync(database.Options.SqlitePath, []);
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);

        Assert.Equal(
            DatabaseStatus.NotMigrated,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }

    [Fact]
    public async Task Reports_a_missing_sqlite_file_as_unreachable()
    {
        await using var database = TestDatabase.CreateSqlite();
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);

        Assert.Equal(
            DatabaseStatus.Unreachable,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }

    [Fact]
    public async Task Without_migrating_leaves_an_unmigrated_database_alone()
    {
        await using var database = TestDatabase.CreateSqlite();
        Directory.CreateDirectory(Path.GetDirectoryName(database.Options.SqlitePath)!);
        await File.WriteAllBytesAsync(database.Options.SqlitePath, []);
        database.Options.MigrateOnStartup = false;
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);

        await initializer.InitializeAsync(CancellationToken.None);

        Assert.Equal(
            DatabaseStatus.NotMigrated,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }

    [Fact]
    public async Task Initializing_migrates_and_loads_the_sample_data_once()
    {
        await using var database = TestDatabase.CreateSqlite();
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);

        await initializer.InitializeAsync(CancellationToken.None);
        await initializer.InitializeAsync(CancellationToken.None);

        await using var db = database.CreateContext();
        Assert.Equal(4, await db.LocalAreas.CountAsync());
        Assert.Equal(52, await db.Actions.CountAsync());
    }

    [Fact]
    public Task Sqlite_refuses_a_database_with_a_newer_schema() =>
        AssertNewerSchemaRefusedAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_refuses_a_database_with_a_newer_schema() =>
        AssertNewerSchemaRefusedAsync(DatabaseProvider.PostgreSql);

    [PostgresFact]
    public async Task Reports_an_unreachable_postgres_server()
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString =
                "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2",
        };
        var initializer = new DatabaseInitializer(
            options,
            () =>
                new PartnershipDbContext(
                    new DbContextOptionsBuilder<PartnershipDbContext>()
                        .UsePartnershipDatabase(options)
                        .Options
                )
        );

        Assert.Equal(
            DatabaseStatus.Unreachable,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }

    private static async Task AssertNewerSchemaRefusedAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var initializer = new DatabaseInitializer(database.Options, database.CreateContext);
        await initializer.MigrateAsync(CancellationToken.None);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29990101000000_FromTheFuture', '99.0')"""
            );
        }

        var error = await Assert.ThrowsAsync<DatabaseSchemaTooNewException>(() =>
            initializer.MigrateAsync(CancellationToken.None)
        );

        Assert.Equal(["29990101000000_FromTheFuture"], error.UnknownMigrations);
        Assert.Contains(
            "newer schema than this version of PartnershipGraph knows",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(
            DatabaseStatus.SchemaTooNew,
            await initializer.GetStatusAsync(CancellationToken.None)
        );
    }
}
