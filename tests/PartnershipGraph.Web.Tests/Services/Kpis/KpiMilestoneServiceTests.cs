using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Kpis;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Kpis;

public sealed class KpiMilestoneServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private KpiMilestoneService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new KpiMilestoneService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_target_without_a_figure_is_read_from_its_text()
    {
        var input = new KpiMilestoneInput(
            _world.Kpi11Id,
            2,
            "12 months",
            DueDate: "Feb 27",
            TargetText: "More than 90%"
        );

        var milestone = Succeeds(await _service.CreateAsync(_world.Admin, input, default));

        Assert.Equal(
            (90m, Comparator.MoreThan),
            (milestone.Target!.Value!.Value, milestone.Target.Comparator)
        );
        Assert.Equal(DatePrecision.Month, milestone.DueDate!.Precision);
    }

    [Fact]
    public async Task A_stated_figure_wins_over_the_text()
    {
        var input = new KpiMilestoneInput(
            _world.Kpi11Id,
            2,
            "12 months",
            TargetText: "Most schools",
            TargetValue: 75m,
            TargetComparator: Comparator.AtLeast,
            TargetUnit: "%"
        );

        var milestone = Succeeds(await _service.CreateAsync(_world.Admin, input, default));

        Assert.Equal(new Target("Most schools", 75m, Comparator.AtLeast, "%"), milestone.Target);
    }

    [Fact]
    public async Task An_area_lead_may_not_create_milestones()
    {
        var input = new KpiMilestoneInput(_world.Kpi11Id, 2, "12 months");

        Fails<
            PartnershipGraph.Web.Services.Common.ForbiddenError,
            PartnershipGraph.Domain.Kpis.KpiMilestone
        >(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Alice, input, default)
            )
        );
    }

    [Fact]
    public async Task Deleting_a_milestone_an_actual_reports_against_is_refused()
    {
        Succeeds(
            await new KpiService(_database.Context).RecordActualAsync(
                _world.Admin,
                _world.Kpi11Id,
                _world.Milestone11Id,
                5m,
                null,
                new DateOnly(2026, 2, 1),
                1,
                default
            )
        );

        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.Milestone11Id, 1, default)
            ),
            "id"
        );

        Assert.Contains("1 actuals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_unreferenced_milestone_succeeds_with_one_audit_entry()
    {
        Succeeds(await _service.DeleteAsync(_world.Admin, _world.Milestone11Id, 1, default));

        var audit = await SingleAuditAsync(_database);
        Assert.Equal(("KpiMilestone", "Deleted"), (audit.EntityType, audit.Operation));
    }
}
