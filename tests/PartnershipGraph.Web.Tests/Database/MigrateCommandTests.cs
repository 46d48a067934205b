using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using PartnershipGraph.Web.Database;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Database;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrates_an_empty_database_without_loading_sample_data()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pg-web-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "data", "migrate.db");
        try
        {
            await using (var app = BuildApp(path))
            {
                Assert.Equal(0, await app.RunMigrateCommandAsync());
            }

            Assert.Equal(
                3L,
                await ScalarAsync(path, """SELECT COUNT(*) FROM "__EFMigrationsHistory" """)
            );
            Assert.Equal(0L, await ScalarAsync(path, """SELECT COUNT(*) FROM "LocalAreas" """));
        }
        finally
        {
            SqliteFiles.ClearPool(path);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Fails_with_exit_code_1_when_the_path_is_unusable()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            await using var app = BuildApp(Path.Combine(blocker, "x.db"));

            Assert.Equal(1, await app.RunMigrateCommandAsync());
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static WebApplication BuildApp(string sqlitePath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Database:SqlitePath"] = sqlitePath;
        builder.AddPartnershipDatabase();
        return builder.Build();
    }

    private static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
