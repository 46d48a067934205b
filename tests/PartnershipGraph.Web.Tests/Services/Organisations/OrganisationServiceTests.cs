using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Services.Organisations;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Organisations;

public sealed class OrganisationServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private OrganisationService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new OrganisationService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_organisation_a_person_works_for_cannot_be_deleted()
    {
        var error = FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, _world.CouncilId, 1, default)
            ),
            "id"
        );

        Assert.Contains("1 people", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_is_created_and_renamed()
    {
        var forum = Succeeds(
            await _service.CreateAsync(
                _world.NorthamAdmin,
                new OrganisationInput(
                    _world.NorthamId,
                    "Northam Parent Carer Forum",
                    OrganisationKind.ParentCarerForum,
                    "NPCF"
                ),
                default
            )
        );

        var renamed = Succeeds(
            await _service.UpdateAsync(
                _world.NorthamAdmin,
                forum.Id,
                new OrganisationInput(
                    _world.NorthamId,
                    "Northam Parents' Forum",
                    OrganisationKind.ParentCarerForum,
                    "NPF"
                ),
                1,
                default
            )
        );

        Assert.Equal(
            ("Northam Parents' Forum", "NPF", 2),
            (renamed.Name, renamed.ShortName, renamed.Version)
        );
    }

    [Fact]
    public async Task An_undefined_kind_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        new OrganisationInput(_world.NorthamId, "X", (OrganisationKind)99),
                        default
                    )
            ),
            "kind"
        );
    }
}
