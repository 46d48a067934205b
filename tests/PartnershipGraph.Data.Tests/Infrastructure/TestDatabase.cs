using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipGraph.Data.Initialization;

namespace PartnershipGraph.Data.Tests.Infrastructure;

/// <summary>A real, empty database of its own for one test: a temporary SQLite file or a uniquely named PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdminConnectionString;
    private readonly string? _postgresDatabaseName;
    private readonly string? _sqliteFolder;

    private TestDatabase(
        DatabaseOptions options,
        string? sqliteFolder,
        string? adminConnectionString,
        string? databaseName
    )
    {
        Options = options;
        _sqliteFolder = sqliteFolder;
        _postgresAdminConnectionString = adminConnectionString;
        _postgresDatabaseName = databaseName;
    }

    /// <summary>The options pointing at this database.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>Creates a database of the given kind.</summary>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite
            ? Task.FromResult(CreateSqlite())
            : CreatePostgresAsync();

    /// <summary>A SQLite file in a new temporary folder that does not exist yet.</summary>
    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "pg-data-tests",
            Guid.NewGuid().ToString("N")
        );
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            SqlitePath = Path.Combine(folder, "nested", "test.db"),
        };
        return new TestDatabase(options, folder, null, null);
    }

    /// <summary>A new database on the server named by <c>PARTNERSHIPGRAPH_TEST_POSTGRES</c>.</summary>
    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin =
            Environment.GetEnvironmentVariable(PostgresFactAttribute.EnvironmentVariable)
            ?? throw new InvalidOperationException(
                $"{PostgresFactAttribute.EnvironmentVariable} is not set."
            );
        var name = $"pg_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = builder.ConnectionString,
        };
        return new TestDatabase(options, null, admin, name);
    }

    /// <summary>A new context on this database.</summary>
    public PartnershipDbContext CreateContext() =>
        new(
            new DbContextOptionsBuilder<PartnershipDbContext>()
                .UsePartnershipDatabase(Options)
                .Options
        );

    /// <summary>A new context on this database, migrated to the latest schema.</summary>
    public async Task<PartnershipDbContext> CreateMigratedContextAsync()
    {
        var initializer = new DatabaseInitializer(Options, CreateContext);
        await initializer.MigrateAsync(CancellationToken.None);
        return CreateContext();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            // Only this file's pool: ClearAllPools can dispose a connection a parallel test class is opening.
            using (
                var connection = new Microsoft.Data.Sqlite.SqliteConnection(
                    $"Data Source={Path.GetFullPath(Options.SqlitePath)}"
                )
            )
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
            }
            if (Directory.Exists(_sqliteFolder))
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
        }
        if (_postgresAdminConnectionString is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"DROP DATABASE IF EXISTS \"{_postgresDatabaseName}\" WITH (FORCE)",
                connection
            );
            await command.ExecuteNonQueryAsync();
        }
    }
}
