using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Tests.Services.Common;

public sealed class AccessRulesTests : IAsyncLifetime
{
    private static readonly Guid Here = Guid.CreateVersion7();
    private static readonly Guid There = Guid.CreateVersion7();
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(Role.Admin, true, true)]
    [InlineData(Role.AreaLead, true, true)]
    [InlineData(Role.BoardMember, true, true)]
    [InlineData(Role.Partner, true, false)]
    [InlineData(Role.Anonymous, true, false)]
    public void Partners_and_anonymous_callers_read_published_plans_only(
        Role role,
        bool readsPublished,
        bool readsUnpublished
    )
    {
        var actor = new Actor("someone", role);

        Assert.Equal(readsPublished, AccessRules.CanRead(actor, Plan(Here, published: true)));
        Assert.Equal(readsUnpublished, AccessRules.CanRead(actor, Plan(Here, published: false)));
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.BoardMember)]
    [InlineData(Role.Partner)]
    public void A_scoped_actor_reads_no_plan_of_another_local_area(Role role)
    {
        var actor = new Actor("someone", role, LocalAreaId: Here);

        Assert.True(AccessRules.CanRead(actor, Plan(Here, published: true)));
        Assert.False(AccessRules.CanRead(actor, Plan(There, published: true)));
    }

    [Fact]
    public async Task The_readable_plans_filter_runs_in_sql_and_agrees_with_can_read()
    {
        await using var db = _database.CreatePlainContext();
        var actors = new[]
        {
            _world.Admin,
            _world.NorthamAdmin,
            _world.Partner,
            _world.BoardMember,
            Actor.Anonymous,
            _world.SouthamAdmin,
        };
        foreach (var actor in actors)
        {
            var inSql = await db
                .Plans.Where(AccessRules.ReadablePlans(actor))
                .Select(p => p.Id)
                .OrderBy(id => id)
                .ToListAsync();
            var inMemory = (await db.Plans.ToListAsync())
                .Where(p => AccessRules.CanRead(actor, p))
                .Select(p => p.Id)
                .OrderBy(id => id)
                .ToList();
            Assert.Equal(inMemory, inSql);
        }
        Assert.Equal(
            [_world.PlanId],
            await db
                .Plans.Where(AccessRules.ReadablePlans(Actor.Anonymous))
                .Select(p => p.Id)
                .ToListAsync()
        );
        Assert.Equal(2, await db.Plans.CountAsync(AccessRules.ReadablePlans(_world.Admin)));
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.AreaLead, true)]
    [InlineData(Role.BoardMember, false)]
    [InlineData(Role.Partner, false)]
    [InlineData(Role.Anonymous, false)]
    public void Only_admins_and_area_leads_may_write_at_all(Role role, bool mayWrite)
    {
        Assert.Equal(mayWrite, AccessRules.CheckMayWrite(new Actor("someone", role)) is null);
    }

    [Fact]
    public void An_admin_administers_every_local_area_unless_scoped()
    {
        Assert.Null(AccessRules.CheckAdministers(new Actor("a", Role.Admin), There));
        Assert.Null(
            AccessRules.CheckAdministers(new Actor("a", Role.Admin, LocalAreaId: Here), Here)
        );
        Assert.NotNull(
            AccessRules.CheckAdministers(new Actor("a", Role.Admin, LocalAreaId: Here), There)
        );
        Assert.NotNull(
            AccessRules.CheckAdministers(new Actor("a", Role.AreaLead, Guid.CreateVersion7()), Here)
        );
        Assert.Null(AccessRules.CheckAdministers(Actor.System, Here));
    }

    [Fact]
    public async Task An_area_lead_changes_actions_of_areas_they_lead()
    {
        await using var db = _database.CreatePlainContext();

        Assert.Null(
            await AccessRules.CheckChangesActionAsync(
                db,
                _world.Alice,
                _world.NorthamId,
                _world.Area1Id,
                _world.Action11Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesActionAsync(
                db,
                _world.Alice,
                _world.NorthamId,
                _world.Area2Id,
                _world.Action21Id,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_changes_actions_they_are_responsible_for()
    {
        await using var db = _database.CreatePlainContext();

        Assert.Null(
            await AccessRules.CheckChangesActionAsync(
                db,
                _world.Bob,
                _world.NorthamId,
                _world.Area2Id,
                _world.Action21Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesActionAsync(
                db,
                _world.Bob,
                _world.NorthamId,
                _world.Area1Id,
                _world.Action11Id,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_without_a_person_or_outside_their_scope_changes_nothing()
    {
        await using var db = _database.CreatePlainContext();
        var unbound = new Actor("lead", Role.AreaLead, LocalAreaId: _world.NorthamId);
        var elsewhere = _world.Alice with { LocalAreaId = _world.SouthamId };

        Assert.NotNull(
            await AccessRules.CheckChangesActionAsync(
                db,
                unbound,
                _world.NorthamId,
                _world.Area1Id,
                _world.Action11Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesActionAsync(
                db,
                elsewhere,
                _world.NorthamId,
                _world.Area1Id,
                _world.Action11Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesKpiAsync(
                db,
                unbound,
                _world.NorthamId,
                _world.Area1Id,
                null,
                default
            )
        );
    }

    [Fact]
    public async Task Read_only_roles_change_no_action_or_kpi()
    {
        await using var db = _database.CreatePlainContext();
        foreach (var actor in new[] { _world.BoardMember, _world.Partner, Actor.Anonymous })
        {
            Assert.NotNull(
                await AccessRules.CheckChangesActionAsync(
                    db,
                    actor,
                    _world.NorthamId,
                    _world.Area1Id,
                    _world.Action11Id,
                    default
                )
            );
            Assert.NotNull(
                await AccessRules.CheckChangesKpiAsync(
                    db,
                    actor,
                    _world.NorthamId,
                    _world.Area1Id,
                    null,
                    default
                )
            );
        }
    }

    [Fact]
    public async Task An_area_lead_changes_kpis_of_areas_they_lead_or_of_actions_they_may_change()
    {
        await using var db = _database.CreatePlainContext();

        Assert.Null(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Alice,
                _world.NorthamId,
                _world.Area1Id,
                null,
                default
            )
        );
        Assert.Null(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Bob,
                _world.NorthamId,
                null,
                _world.Action21Id,
                default
            )
        );
        Assert.Null(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Alice,
                _world.NorthamId,
                null,
                _world.Action11Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Bob,
                _world.NorthamId,
                _world.Area2Id,
                null,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Alice,
                _world.NorthamId,
                _world.Area2Id,
                _world.Action21Id,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Carol,
                _world.NorthamId,
                _world.Area1Id,
                _world.Action11Id,
                default
            )
        );
    }

    [Fact]
    public async Task Admins_change_actions_and_kpis_within_their_scope()
    {
        await using var db = _database.CreatePlainContext();

        Assert.Null(
            await AccessRules.CheckChangesActionAsync(
                db,
                _world.NorthamAdmin,
                _world.NorthamId,
                _world.Area2Id,
                _world.Action21Id,
                default
            )
        );
        Assert.Null(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.Admin,
                _world.NorthamId,
                null,
                null,
                default
            )
        );
        Assert.NotNull(
            await AccessRules.CheckChangesKpiAsync(
                db,
                _world.SouthamAdmin,
                _world.NorthamId,
                _world.Area1Id,
                null,
                default
            )
        );
    }

    private static ImprovementPlan Plan(Guid localAreaId, bool published) =>
        new()
        {
            LocalAreaId = localAreaId,
            Title = "Plan",
            IsPublished = published,
        };
}
