using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Data.Tests.Infrastructure;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Data.Tests.Migrations;

public sealed class AddAdminUsersTests
{
    private const string PreviousMigration = "20261130103000_AddApiKeys";

    [Fact]
    public Task Sqlite_upgrades_a_database_with_api_keys_keeping_its_rows() =>
        AssertUpgradeKeepsRowsAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_upgrades_a_database_with_api_keys_keeping_its_rows() =>
        AssertUpgradeKeepsRowsAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public Task Sqlite_stores_users_with_role_scope_and_lockout_and_refuses_a_duplicate_name() =>
        AssertUsersRoundTripAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_stores_users_with_role_scope_and_lockout_and_refuses_a_duplicate_name() =>
        AssertUsersRoundTripAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task Reverting_drops_only_the_admin_user_tables()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();

        await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);

        var tables = await db
            .Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            )
            .ToListAsync();
        Assert.DoesNotContain(tables, t => t.StartsWith("AdminUser", StringComparison.Ordinal));
        Assert.Contains("ApiKeys", tables);
    }

    [Fact]
    public void Area_leads_need_a_person_and_no_other_role_has_one()
    {
        var person = Guid.CreateVersion7();
        Assert.Null(AdminUser.FindScopeProblem(Role.AreaLead, person));
        Assert.Null(AdminUser.FindScopeProblem(Role.Admin, null));
        Assert.NotNull(AdminUser.FindScopeProblem(Role.AreaLead, null));
        Assert.NotNull(AdminUser.FindScopeProblem(Role.BoardMember, person));
        Assert.NotNull(AdminUser.FindScopeProblem(Role.Anonymous, null));
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
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            db.LocalAreas.Add(new LocalArea { Id = areaId, Name = "North Somerset" });
            await db.SaveChangesAsync();
        }

        await using var upgraded = await database.CreateMigratedContextAsync();

        Assert.Equal(
            "North Somerset",
            (await upgraded.LocalAreas.SingleAsync(a => a.Id == areaId)).Name
        );
        Assert.Empty(await upgraded.Users.ToListAsync());
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
    }

    private static async Task AssertUsersRoundTripAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var area = new LocalArea { Name = "North Somerset" };
        var person = new Person { LocalAreaId = area.Id, Name = "Area Lead" };
        var lockoutEnd = new DateTimeOffset(2026, 12, 1, 10, 15, 0, TimeSpan.FromHours(1));
        var user = NewUser("lead@example.org");
        user.Role = Role.AreaLead;
        user.PersonId = person.Id;
        user.LocalAreaId = area.Id;
        user.LockoutEnd = lockoutEnd;
        await using (var db = await database.CreateMigratedContextAsync())
        {
            db.AddRange(area, person, user);
            db.UserClaims.Add(
                new()
                {
                    UserId = user.Id,
                    ClaimType = "t",
                    ClaimValue = "v",
                }
            );
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Users.SingleAsync(u =>
                u.NormalizedUserName == "LEAD@EXAMPLE.ORG"
            );
            Assert.Equal(
                (Role.AreaLead, person.Id, area.Id, false),
                (stored.Role, stored.PersonId, stored.LocalAreaId, stored.IsDisabled)
            );
            Assert.Equal(lockoutEnd, stored.LockoutEnd);
            Assert.Equal("v", (await db.UserClaims.SingleAsync()).ClaimValue);
            Assert.Equal(
                "AreaLead",
                await db
                    .Database.SqlQueryRaw<string>(
                        "SELECT \"Role\" AS \"Value\" FROM \"AdminUsers\""
                    )
                    .SingleAsync()
            );

            db.Users.Add(NewUser("LEAD@example.org"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    private static AdminUser NewUser(string email) =>
        new()
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            Role = Role.Admin,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
}
