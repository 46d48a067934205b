using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Plans;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Plans;

public sealed class PlanServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private PlanService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new PlanService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_plan_is_created_with_its_trigger_date_parsed()
    {
        var input = new PlanInput(
            _world.NorthamId,
            "Accelerated progress plan",
            PlanKind.AcceleratedProgressPlan,
            "Ofsted revisit",
            TriggerDate: "May 22"
        );

        var plan = Succeeds(await _service.CreateAsync(_world.Admin, input, default));

        Assert.Equal(
            (DatePrecision.Month, new DateOnly(2022, 5, 31)),
            (plan.TriggerDate!.Precision, plan.TriggerDate.End!.Value)
        );
        Assert.False(plan.IsPublished);
    }

    [Fact]
    public async Task A_plan_with_areas_cannot_be_deleted()
    {
        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.PlanId, 1, default)
            ),
            "id"
        );

        Assert.Contains("2 plan areas", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_area_lead_may_not_publish_a_plan()
    {
        var input = new PlanInput(
            _world.NorthamId,
            "Northam improvement plan",
            PlanKind.ImprovementNoticePlan,
            IsPublished: false
        );

        Fails<ForbiddenError, ImprovementPlan>(
            await WritesNothingAsync(
                _database,
                () => _service.UpdateAsync(_world.Alice, _world.PlanId, input, 1, default)
            )
        );
    }

    [Fact]
    public async Task A_blank_area_label_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        new PlanInput(
                            _world.NorthamId,
                            "Plan",
                            PlanKind.LocalStrategy,
                            AreaLabel: " "
                        ),
                        default
                    )
            ),
            "areaLabel"
        );
    }
}
