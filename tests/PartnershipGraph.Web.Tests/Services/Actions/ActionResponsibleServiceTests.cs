using PartnershipGraph.Web.Services.Actions;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Actions;

public sealed class ActionResponsibleServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private ActionResponsibleService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new ActionResponsibleService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_group_has_no_person()
    {
        var input = new ActionResponsibleInput(
            _world.Action11Id,
            "SEND team",
            _world.CarolId,
            IsGroup: true
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "personId"
        );
    }

    [Fact]
    public async Task Making_a_person_responsible_lets_them_update_the_action()
    {
        Succeeds(
            await _service.CreateAsync(
                _world.Admin,
                new ActionResponsibleInput(_world.Action11Id, "Carol", _world.CarolId),
                default
            )
        );

        Succeeds(
            await new ActionService(_database.Context).UpdateStatusAsync(
                _world.Carol,
                _world.Action11Id,
                PartnershipGraph.Domain.Common.Rag.Met,
                "Done.",
                1,
                default
            )
        );
    }
}
