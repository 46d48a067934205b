using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.PlanAreas;

public sealed class PlanAreaServiceTests : IAsyncLifetime
{
    private static readonly DateOnly On = new(2026, 2, 20);
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private PlanAreaService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new PlanAreaService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stepping_down_records_the_date_and_reason_and_audits_the_change()
    {
        var area = Succeeds(
            await _service.StepDownAsync(
                _world.Admin,
                _world.Area1Id,
                On,
                " Sustained progress. ",
                1,
                default
            )
        );

        Assert.Equal(
            (PlanAreaStatus.SteppedDown, On, "Sustained progress.", 2),
            (area.Status, area.SteppedDownOn!.Value, area.StepDownReason, area.Version)
        );
        var audit = await SingleAuditAsync(_database);
        Assert.Equal(
            ("PlanArea", _world.Area1Id, "SteppedDown"),
            (audit.EntityType, audit.EntityId, audit.Operation)
        );
        Assert.Equal(
            """{"status":"Active","steppedDownOn":null,"stepDownReason":null}""",
            audit.Before
        );
        Assert.Equal(
            """{"status":"SteppedDown","steppedDownOn":"2026-02-20","stepDownReason":"Sustained progress."}""",
            audit.After
        );
    }

    [Fact]
    public async Task A_reason_is_required()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.StepDownAsync(_world.Admin, _world.Area1Id, On, "", 1, default)
            ),
            "reason"
        );
    }

    [Fact]
    public async Task An_area_already_stepped_down_is_refused()
    {
        Succeeds(
            await _service.StepDownAsync(_world.Admin, _world.Area1Id, On, "Done.", 1, default)
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.StepDownAsync(_world.Admin, _world.Area1Id, On, "Again.", 2, default)
            ),
            "planAreaId"
        );
    }

    [Fact]
    public async Task Only_an_admin_steps_an_area_down_even_the_areas_lead_may_not()
    {
        Fails<ForbiddenError, PlanArea>(
            await WritesNothingAsync(
                _database,
                () => _service.StepDownAsync(_world.Alice, _world.Area1Id, On, "Done.", 1, default)
            )
        );
        Fails<ForbiddenError, PlanArea>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.StepDownAsync(
                        _world.BoardMember,
                        _world.Area1Id,
                        On,
                        "Done.",
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task Stepping_down_with_a_stale_version_is_refused()
    {
        Fails<ConcurrencyError, PlanArea>(
            await WritesNothingAsync(
                _database,
                () => _service.StepDownAsync(_world.Admin, _world.Area1Id, On, "Done.", 7, default)
            )
        );
    }

    [Fact]
    public async Task Stepping_down_an_unknown_area_is_not_found()
    {
        Fails<NotFoundError, PlanArea>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.StepDownAsync(
                        _world.Admin,
                        Guid.CreateVersion7(),
                        On,
                        "Done.",
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task A_second_area_with_the_same_number_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        new PlanAreaInput(_world.PlanId, 2, "Duplicate"),
                        default
                    )
            ),
            "number"
        );
    }

    [Fact]
    public async Task Deleting_an_area_with_actions_and_leads_lists_what_refers_to_it()
    {
        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.Area1Id, 1, default)
            ),
            "id"
        );

        Assert.Contains("1 actions, 1 area leads, 1 KPIs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_lead_lets_that_person_update_the_areas_actions()
    {
        var leads = new PlanAreaLeadService(_database.Context);
        Succeeds(
            await leads.CreateAsync(
                _world.Admin,
                new PlanAreaLeadInput(_world.Area2Id, "Carol Bystander", _world.CarolId),
                default
            )
        );

        await using var db = _database.CreatePlainContext();
        Assert.True(
            await db.PlanAreaLeads.AnyAsync(l =>
                l.PlanAreaId == _world.Area2Id && l.PersonId == _world.CarolId
            )
        );
        Succeeds(
            await new PartnershipGraph.Web.Services.Actions.ActionService(
                _database.Context
            ).UpdateStatusAsync(
                _world.Carol,
                _world.Action21Id,
                PartnershipGraph.Domain.Common.Rag.OnTrack,
                null,
                1,
                default
            )
        );
    }
}
