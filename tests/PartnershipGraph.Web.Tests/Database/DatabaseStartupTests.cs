using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Database;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task A_second_start_adds_no_sample_rows()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pg-web-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "shared.db");
        try
        {
            string first;
            using (var factory = new PartnershipWebFactory(path))
            using (var client = factory.CreateClient())
            {
                first = await client.GetStringAsync("/");
                Assert.Contains(
                    factory.LogLines,
                    l => l.Contains("Loaded the sample plans", StringComparison.Ordinal)
                );
            }
            using var again = new PartnershipWebFactory(path);
            using var againClient = again.CreateClient();

            Assert.Equal(first, await againClient.GetStringAsync("/"));
            Assert.DoesNotContain(
                again.LogLines,
                l => l.Contains("Loaded the sample plans", StringComparison.Ordinal)
            );
        }
        finally
        {
            SqliteFiles.ClearPool(path);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unusable_database_path_is_one_clear_log_line_without_a_stack_trace()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            using var factory = new PartnershipWebFactory(Path.Combine(blocker, "data", "x.db"));

            Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var critical = Assert.Single(
                factory.LogLines,
                l => l.StartsWith("Critical:", StringComparison.Ordinal)
            );
            Assert.Contains(
                $"PartnershipGraph cannot start: the database (SQLite file {blocker}",
                critical,
                StringComparison.Ordinal
            );
            Assert.DoesNotContain("   at ", critical, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public void An_unreachable_postgres_server_is_one_clear_log_line()
    {
        using var factory = new PartnershipWebFactory(
            null,
            ("Database:Provider", "PostgreSql"),
            (
                "ConnectionStrings:PartnershipGraph",
                "Host=127.0.0.1;Port=1;Username=nobody;Password=hidden;Database=none;Timeout=2"
            )
        );

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(
            factory.LogLines,
            l => l.StartsWith("Critical:", StringComparison.Ordinal)
        );
        Assert.Contains(
            "PostgreSQL (Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2)",
            critical,
            StringComparison.Ordinal
        );
        Assert.Contains("Failed to connect to 127.0.0.1:1", critical, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", critical, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", critical, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_says_which_setting_is_missing()
    {
        using var factory = new PartnershipWebFactory(null, ("Database:Provider", "PostgreSql"));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(
            factory.LogLines,
            l => l.StartsWith("Critical:", StringComparison.Ordinal)
        );
        Assert.Contains(
            "ConnectionStrings:PartnershipGraph is not set",
            critical,
            StringComparison.Ordinal
        );
    }
}
