using Microsoft.AspNetCore.Builder;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Database;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Access.ApiKeys;

public sealed class ApiKeyCommandTests
{
    [Theory]
    [InlineData(true, "apikey", "list")]
    [InlineData(false, "migrate")]
    [InlineData(false, "--name", "apikey")]
    [InlineData(false)]
    public void Is_invoked_only_by_a_command_line_starting_with_apikey(
        bool invoked,
        params string[] args
    )
    {
        Assert.Equal(invoked, ApiKeyCommand.IsInvoked(args));
    }

    [Fact]
    public async Task Prepares_a_new_database_then_runs_the_command()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pg-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = BuildApp(Path.Combine(folder, "keys.db"));

            Assert.Equal(0, await app.RunApiKeyCommandAsync(["apikey", "list"]));
            Assert.Equal(2, await app.RunApiKeyCommandAsync(["apikey", "rotate"]));
            Assert.Equal(1, await app.RunApiKeyCommandAsync(["apikey", "revoke", "pgk_missing1"]));
        }
        finally
        {
            SqliteFiles.ClearPool(Path.Combine(folder, "keys.db"));
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WebApplication BuildApp(string sqlitePath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Database:SqlitePath"] = sqlitePath;
        builder.Configuration["Database:SeedSampleData"] = "false";
        builder.AddPartnershipDatabase();
        builder.AddPartnershipAccess();
        return builder.Build();
    }
}
