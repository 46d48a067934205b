using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed class SqlCommandCountTests
{
    // Five levels: plans, areas, actions, KPIs, milestones.
    private const int Levels = 5;

    private const string Nested = """
        query($first: Int) {
          plans(first: $first, order: [{ title: ASC }]) {
            nodes {
              title
              areas { title actions { ref kpis { ref progressRag milestones { label dueDate { end } } } } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_nested_query_on_sqlite_sends_no_more_commands_for_more_rows() =>
        await AssertCommandsDoNotGrowAsync([]);

    [PostgresFact]
    public async Task A_nested_query_on_postgres_sends_no_more_commands_for_more_rows()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.EnvironmentVariable)!;
        var name = $"pg_api_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin)
            {
                Database = name,
                Pooling = false,
            }.ConnectionString;
            await AssertCommandsDoNotGrowAsync([
                ("Database:Provider", "PostgreSql"),
                ("ConnectionStrings:PartnershipGraph", connection),
            ]);
        }
        finally
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task Nodes_of_two_types_are_read_with_one_command_per_type()
    {
        var counter = new SqlCommandCounter();
        using var host = new GraphQLTestHost(
            [],
            s => s.ConfigureDbContext<PartnershipDbContext>(o => o.AddInterceptors(counter))
        );
        var ids = await host.DataAsync(
            "{ plans { nodes { id } } schools(first: 3) { nodes { id } } }"
        );
        var all = ids.GetProperty("plans")
            .GetProperty("nodes")
            .EnumerateArray()
            .Concat(ids.GetProperty("schools").GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString())
            .ToArray();

        counter.Reset();
        var data = await host.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            variables: new { ids = all }
        );

        Assert.Equal(
            all,
            data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
        );
        Assert.Equal(2, counter.Count);
    }

    private static async Task AssertCommandsDoNotGrowAsync((string Key, string? Value)[] settings)
    {
        var counter = new SqlCommandCounter();
        using var host = new GraphQLTestHost(
            settings,
            s => s.ConfigureDbContext<PartnershipDbContext>(o => o.AddInterceptors(counter))
        );
        await host.DataAsync("{ __typename }");

        counter.Reset();
        var one = await host.DataAsync(Nested, variables: new { first = 1 });
        var forOne = counter.Count;
        counter.Reset();
        var all = await host.DataAsync(Nested, variables: new { first = 50 });
        var forAll = counter.Count;

        Assert.True(
            all.GetProperty("plans").GetProperty("nodes").GetArrayLength()
                > one.GetProperty("plans").GetProperty("nodes").GetArrayLength()
        );
        Assert.InRange(forOne, 1, Levels);
        Assert.Equal(forOne, forAll);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
