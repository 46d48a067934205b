using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.Tests.Infrastructure;

namespace PartnershipGraph.Data.Tests.Migrations;

public sealed class CreatePartnershipSchemaTests
{
    [Fact]
    public Task Migrated_sqlite_schema_matches_the_model() =>
        AssertSchemaMatchesModelAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Migrated_postgres_schema_matches_the_model() =>
        AssertSchemaMatchesModelAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task Every_entity_has_a_table_in_the_migrated_schema()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        var catalog = await SchemaDescription.FromCatalogAsync(db);

        foreach (var entity in db.Model.GetEntityTypes())
        {
            Assert.Contains(
                catalog,
                line =>
                    line.StartsWith(
                        $"{entity.GetTableName()} PRIMARY KEY",
                        StringComparison.Ordinal
                    )
            );
        }
        Assert.Equal(25, db.Model.GetEntityTypes().Count());
    }

    private static async Task AssertSchemaMatchesModelAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.CreateMigratedContextAsync();

        var expected = SchemaDescription.FromModel(db);
        var actual = await SchemaDescription.FromCatalogAsync(db);

        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }
}
