using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnershipGraph.Data.Tests.Infrastructure;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Tests.Migrations;

public sealed class AddApiKeysTests
{
    private const string FirstMigration = "20261130093000_CreatePartnershipSchema";

    [Fact]
    public Task Sqlite_upgrades_a_database_made_by_the_first_migration_keeping_its_rows() =>
        AssertUpgradeKeepsRowsAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_upgrades_a_database_made_by_the_first_migration_keeping_its_rows() =>
        AssertUpgradeKeepsRowsAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public Task Sqlite_stores_keys_with_their_role_by_name_and_refuses_a_duplicate_hash() =>
        AssertKeysRoundTripAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_stores_keys_with_their_role_by_name_and_refuses_a_duplicate_hash() =>
        AssertKeysRoundTripAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task Reverting_drops_only_the_api_keys_table()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();

        await db.GetService<IMigrator>().MigrateAsync(FirstMigration);

        var tables = await db
            .Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            )
            .ToListAsync();
        Assert.DoesNotContain("ApiKeys", tables);
        Assert.Contains("LocalAreas", tables);
        Assert.Equal([FirstMigration], await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task AssertUpgradeKeepsRowsAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var areaId = Guid.CreateVersion7();
        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.Options.SqlitePath)!);
        }
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(FirstMigration);
            db.LocalAreas.Add(new LocalArea { Id = areaId, Name = "North Somerset" });
            await db.SaveChangesAsync();
        }

        await using var upgraded = await database.CreateMigratedContextAsync();

        Assert.Equal(
            "North Somerset",
            (await upgraded.LocalAreas.SingleAsync(a => a.Id == areaId)).Name
        );
        Assert.Empty(await upgraded.ApiKeys.ToListAsync());
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
    }

    private static async Task AssertKeysRoundTripAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var area = new LocalArea { Name = "North Somerset" };
        var person = new Person { LocalAreaId = area.Id, Name = "Area Lead" };
        var created = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(1));
        var key = NewKey("pgk_Lead0001", "a1");
        key.Role = Role.AreaLead;
        key.PersonId = person.Id;
        key.LocalAreaId = area.Id;
        key.CreatedAt = created;
        await using (var db = await database.CreateMigratedContextAsync())
        {
            db.AddRange(area, person, key);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.ApiKeys.SingleAsync(k => k.Hash == "a1");
            Assert.Equal(
                (Role.AreaLead, person.Id, area.Id),
                (stored.Role, stored.PersonId, stored.LocalAreaId)
            );
            Assert.Equal(created, stored.CreatedAt);
            Assert.Null(stored.RevokedAt);
            Assert.Equal(
                "AreaLead",
                await db
                    .Database.SqlQueryRaw<string>("SELECT \"Role\" AS \"Value\" FROM \"ApiKeys\"")
                    .SingleAsync()
            );

            db.ApiKeys.Add(NewKey("pgk_Other001", "a1"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    private static ApiKey NewKey(string prefix, string hash) =>
        new()
        {
            Name = "ICB dashboard",
            Role = Role.Partner,
            Prefix = prefix,
            Hash = hash,
        };
}
