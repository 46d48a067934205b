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
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
}
