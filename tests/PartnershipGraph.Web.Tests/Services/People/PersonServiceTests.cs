using PartnershipGraph.Domain.People;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.People;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.People;

public sealed class PersonServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private PersonService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new PersonService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_person_who_leads_an_area_cannot_be_deleted()
    {
        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.AliceId, 1, default)
            ),
            "id"
        );

        Assert.Equal(
            "The Person is still referenced by 1 plan area leads; remove those first.",
            error.Message
        );
    }

    [Fact]
    public async Task A_person_responsible_for_an_action_cannot_be_deleted()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.BobId, 1, default)
            ),
            "id"
        );
    }

    [Fact]
    public async Task A_person_nothing_refers_to_is_deleted_with_one_audit_entry()
    {
        Assert.Equal(
            _world.CarolId,
            Succeeds(await _service.DeleteAsync(_world.Admin, _world.CarolId, 1, default))
        );

        Assert.Equal("Deleted", (await SingleAuditAsync(_database)).Operation);
    }

    [Fact]
    public async Task An_organisation_of_another_local_area_is_refused()
    {
        var input = new PersonInput(_world.NorthamId, "Dan", "Officer", _world.SouthamCouncilId);

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "organisationId"
        );
    }

    [Fact]
    public async Task An_area_lead_may_not_edit_people()
    {
        var input = new PersonInput(_world.NorthamId, "Alice Renamed");

        Fails<ForbiddenError, Person>(
            await WritesNothingAsync(
                _database,
                () => _service.UpdateAsync(_world.Alice, _world.AliceId, input, 1, default)
            )
        );
    }
}
