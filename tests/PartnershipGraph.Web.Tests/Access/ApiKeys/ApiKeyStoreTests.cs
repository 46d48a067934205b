using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;

namespace PartnershipGraph.Web.Tests.Access.ApiKeys;

public sealed class ApiKeyStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stores_only_the_hash_and_prefix_of_a_new_key()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var store = new ApiKeyStore(database, new ManualTimeProvider(Start));

        var created = await store.CreateAsync(
            new NewApiKey(" ICB dashboard ", Role.Partner, database.NorthSomerset.Id),
            CancellationToken.None
        );

        await using var db = database.CreateDbContext();
        var stored = await db.ApiKeys.SingleAsync();
        Assert.Equal(ApiKeySecret.Hash(created.Secret), stored.Hash);
        Assert.Equal(created.Secret[..12], stored.Prefix);
        Assert.Equal(
            ("ICB dashboard", Role.Partner, database.NorthSomerset.Id, Start),
            (stored.Name, stored.Role, stored.LocalAreaId, stored.CreatedAt)
        );
        Assert.DoesNotContain(
            created.Secret,
            await db
                .Database.SqlQueryRaw<string>(
                    "SELECT \"Hash\" || \"Prefix\" || \"Name\" AS \"Value\" FROM \"ApiKeys\""
                )
                .SingleAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_area_lead_key_takes_its_person_and_their_local_area()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var store = new ApiKeyStore(database, TimeProvider.System);

        var created = await store.CreateAsync(
            new NewApiKey("Jo's updates", Role.AreaLead, PersonId: database.Lead.Id),
            CancellationToken.None
        );

        Assert.Equal(
            new Actor(
                "api-key:Jo's updates",
                Role.AreaLead,
                database.Lead.Id,
                database.NorthSomerset.Id
            ),
            created.Record.ToActor()
        );
    }

    [Theory]
    [InlineData(Role.AreaLead, false, "An AreaLead key must be bound to a person.")]
    [InlineData(
        Role.Partner,
        true,
        "Only an AreaLead key is bound to a person; a Partner key is not."
    )]
    [InlineData(
        Role.Anonymous,
        false,
        "A key cannot have the Anonymous role: anonymous callers send no key."
    )]
    public async Task Refuses_a_role_and_person_that_do_not_go_together(
        Role role,
        bool person,
        string message
    )
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var store = new ApiKeyStore(database, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ApiKeyRequestException>(() =>
            store.CreateAsync(
                new NewApiKey("k", role, PersonId: person ? database.Lead.Id : null),
                CancellationToken.None
            )
        );

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Refuses_an_area_lead_key_for_another_local_area_than_the_persons()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var store = new ApiKeyStore(database, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ApiKeyRequestException>(() =>
            store.CreateAsync(
                new NewApiKey("k", Role.AreaLead, database.Portsmouth.Id, database.Lead.Id),
                CancellationToken.None
            )
        );

        Assert.StartsWith(
            "Jo Lead works in another local area",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Verifies_valid_malformed_unknown_and_revoked_keys()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var store = new ApiKeyStore(database, new ManualTimeProvider(Start));
        var created = await store.CreateAsync(
            new NewApiKey("k", Role.BoardMember),
            CancellationToken.None
        );

        Assert.Equal(
            created.Record.Id,
            (await store.VerifyAsync(created.Secret, CancellationToken.None)).Key?.Id
        );
        Assert.StartsWith(
            "The API key is malformed",
            (await store.VerifyAsync("pgk_nope", CancellationToken.None)).Problem,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "The API key is not recognised.",
            (await store.VerifyAsync(ApiKeySecret.Generate(), CancellationToken.None)).Problem
        );

        await store.RevokeAsync(created.Record.Prefix, CancellationToken.None);

        var revoked = await store.VerifyAsync(created.Secret, CancellationToken.None);
        Assert.Null(revoked.Key);
        Assert.Equal(
            $"The API key {created.Record.Prefix} was revoked on 2026-11-30.",
            revoked.Problem
        );
    }

    [Fact]
    public async Task Records_use_at_most_once_a_minute()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var clock = new ManualTimeProvider(Start);
        var store = new ApiKeyStore(database, clock);
        var created = await store.CreateAsync(
            new NewApiKey("k", Role.Partner),
            CancellationToken.None
        );

        clock.Now = Start.AddSeconds(5);
        await store.VerifyAsync(created.Secret, CancellationToken.None);
        Assert.Equal(Start.AddSeconds(5), await LastUsedAsync());
        clock.Now = Start.AddSeconds(50);
        await store.VerifyAsync(created.Secret, CancellationToken.None);
        Assert.Equal(Start.AddSeconds(5), await LastUsedAsync());
        clock.Now = Start.AddSeconds(65);
        await store.VerifyAsync(created.Secret, CancellationToken.None);
        Assert.Equal(Start.AddSeconds(65), await LastUsedAsync());

        async Task<DateTimeOffset?> LastUsedAsync()
        {
            await using var db = database.CreateDbContext();
            return (await db.ApiKeys.SingleAsync()).LastUsedAt;
        }
    }

    [Fact]
    public async Task Revokes_by_id_prefix_or_key_keeping_the_first_revocation_date()
    {
        await using var database = await AccessTestDatabase.CreateAsync();
        var clock = new ManualTimeProvider(Start);
        var store = new ApiKeyStore(database, clock);
        var byId = await store.CreateAsync(
            new NewApiKey("a", Role.Partner),
            CancellationToken.None
        );
        var byKey = await store.CreateAsync(
            new NewApiKey("b", Role.Partner),
            CancellationToken.None
        );

        Assert.Equal(
            Start,
            (await store.RevokeAsync(byId.Record.Id.ToString(), CancellationToken.None)).RevokedAt
        );
        Assert.Equal(
            Start,
            (await store.RevokeAsync(byKey.Secret, CancellationToken.None)).RevokedAt
        );
        clock.Now = Start.AddDays(1);
        Assert.Equal(
            Start,
            (await store.RevokeAsync(byId.Record.Prefix, CancellationToken.None)).RevokedAt
        );

        var error = await Assert.ThrowsAsync<ApiKeyRequestException>(() =>
            store.RevokeAsync("pgk_unknown0", CancellationToken.None)
        );
        Assert.Equal(
            "No API key has the id or prefix 'pgk_unknown0'. Run 'apikey list' to see them.",
            error.Message
        );
    }
}
