using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Kpis;

public sealed class KpiServiceTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 2, 28);
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private KpiService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new KpiService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Recording_an_actual_appends_it_bumps_the_kpi_version_and_writes_one_audit_entry()
    {
        var result = await _service.RecordActualAsync(
            _world.Admin,
            _world.Kpi11Id,
            _world.Milestone11Id,
            62.5m,
            " 62.5% of schools ",
            AsOf,
            1,
            default
        );

        var value = Succeeds(result);
        Assert.Equal(2, value.Kpi.Version);
        await using var db = _database.CreatePlainContext();
        Assert.Equal(2, (await db.Kpis.SingleAsync(k => k.Id == _world.Kpi11Id)).Version);
        var actual = await db.KpiActuals.SingleAsync();
        Assert.Equal(
            (_world.Milestone11Id, 62.5m, "62.5% of schools", AsOf),
            (actual.MilestoneId!.Value, actual.Value!.Value, actual.Text, actual.AsOf!.Value)
        );
        Assert.Equal(
            (_database.Clock.GetUtcNow(), "admin@example.org"),
            (actual.RecordedAt, actual.RecordedBy)
        );
        var audit = await SingleAuditAsync(_database);
        Assert.Equal(
            ("Kpi", _world.Kpi11Id, "ActualRecorded"),
            (audit.EntityType, audit.EntityId, audit.Operation)
        );
        using var after = JsonDocument.Parse(audit.After!);
        Assert.Equal(62.5m, after.RootElement.GetProperty("value").GetDecimal());
        Assert.Equal("2026-02-28", after.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Text_alone_is_enough()
    {
        Succeeds(
            await _service.RecordActualAsync(
                _world.Admin,
                _world.Kpi22Id,
                null,
                null,
                "Survey postponed",
                AsOf,
                1,
                default
            )
        );
    }

    [Fact]
    public async Task Neither_value_nor_text_is_refused()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.RecordActualAsync(
                    _world.Admin,
                    _world.Kpi11Id,
                    null,
                    null,
                    "  ",
                    AsOf,
                    1,
                    default
                )
        );

        FailsValidation(result, "value");
    }

    [Fact]
    public async Task A_milestone_of_another_kpi_is_refused_naming_milestone_id()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.RecordActualAsync(
                    _world.Admin,
                    _world.Kpi11Id,
                    _world.Milestone21Id,
                    10m,
                    null,
                    AsOf,
                    1,
                    default
                )
        );

        FailsValidation(result, "milestoneId");
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_the_current_version()
    {
        Succeeds(
            await _service.RecordActualAsync(
                _world.Admin,
                _world.Kpi11Id,
                null,
                50m,
                null,
                AsOf,
                1,
                default
            )
        );

        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.RecordActualAsync(
                    _world.Admin,
                    _world.Kpi11Id,
                    null,
                    55m,
                    null,
                    AsOf,
                    1,
                    default
                )
        );

        var error = Fails<ConcurrencyError, KpiActualRecorded>(result);
        Assert.Equal(
            ("Kpi", _world.Kpi11Id, 2),
            (error.EntityType, error.Id, error.CurrentVersion)
        );
    }

    [Fact]
    public async Task An_unknown_kpi_is_not_found()
    {
        Fails<NotFoundError, KpiActualRecorded>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.RecordActualAsync(
                        _world.Admin,
                        Guid.CreateVersion7(),
                        null,
                        1m,
                        null,
                        AsOf,
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task An_area_lead_records_actuals_for_a_kpi_of_an_area_they_lead()
    {
        Succeeds(
            await _service.RecordActualAsync(
                _world.Alice,
                _world.Kpi11Id,
                null,
                40m,
                null,
                AsOf,
                1,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_records_actuals_for_a_kpi_of_an_action_they_are_responsible_for()
    {
        Succeeds(
            await _service.RecordActualAsync(
                _world.Bob,
                _world.Kpi21Id,
                null,
                3m,
                null,
                AsOf,
                1,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_may_not_record_actuals_for_other_kpis()
    {
        Fails<ForbiddenError, KpiActualRecorded>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.RecordActualAsync(
                        _world.Bob,
                        _world.Kpi22Id,
                        null,
                        3m,
                        null,
                        AsOf,
                        1,
                        default
                    )
            )
        );
        Fails<ForbiddenError, KpiActualRecorded>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.RecordActualAsync(
                        _world.Alice,
                        _world.Kpi21Id,
                        null,
                        3m,
                        null,
                        AsOf,
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task A_partner_may_not_record_actuals()
    {
        Fails<ForbiddenError, KpiActualRecorded>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.RecordActualAsync(
                        _world.Partner,
                        _world.Kpi11Id,
                        null,
                        3m,
                        null,
                        AsOf,
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task An_area_lead_may_not_point_a_kpi_they_lead_at_an_area_they_do_not_lead()
    {
        var input = new KpiInput(
            _world.PlanId,
            "1.1",
            "Schools using the toolkit",
            KpiDirection.HigherIsBetter,
            PlanAreaId: _world.Area2Id
        );

        Fails<ForbiddenError, Kpi>(
            await WritesNothingAsync(
                _database,
                () => _service.UpdateAsync(_world.Alice, _world.Kpi11Id, input, 1, default)
            )
        );
    }

    [Fact]
    public async Task A_kpi_area_from_another_plan_is_refused()
    {
        var input = new KpiInput(
            _world.PlanId,
            "3.1",
            "Elsewhere",
            KpiDirection.LowerIsBetter,
            PlanAreaId: _world.SouthamAreaId
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "planAreaId"
        );
    }

    [Fact]
    public async Task A_unit_as_long_as_the_papers_write_them_is_accepted_and_a_longer_one_refused()
    {
        // A unit from the North Somerset scorecard (72 characters).
        var paperUnit = "% of red-rated young people on Dynamic Support Register with a keyworker";
        Succeeds(
            await _service.CreateAsync(
                _world.Admin,
                new KpiInput(
                    _world.PlanId,
                    "3.1",
                    "Timeliness",
                    KpiDirection.HigherIsBetter,
                    Unit: paperUnit
                ),
                default
            )
        );
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        new KpiInput(
                            _world.PlanId,
                            "3.2",
                            "Too long",
                            KpiDirection.HigherIsBetter,
                            Unit: new string('u', FieldLimits.Name + 1)
                        ),
                        default
                    )
            ),
            "unit"
        );
    }

    [Fact]
    public async Task A_kpi_action_from_another_plan_is_refused()
    {
        var input = new KpiInput(
            _world.PlanId,
            "3.1",
            "Elsewhere",
            KpiDirection.LowerIsBetter,
            ActionId: _world.SouthamActionId
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "actionId"
        );
    }

    [Fact]
    public async Task Deleting_a_kpi_with_milestones_is_refused_as_still_referenced()
    {
        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.Kpi11Id, 1, default)
            ),
            "id"
        );

        Assert.Contains("1 milestones", error.Message, StringComparison.Ordinal);
    }
}
