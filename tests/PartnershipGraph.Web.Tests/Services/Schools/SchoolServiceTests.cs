using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Schools;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Schools;

public sealed class SchoolServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private SchoolService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new SchoolService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SchoolInput Hillside =>
        new(
            _world.NorthamId,
            "Hillside Primary",
            "123456",
            SchoolPhase.Primary,
            SchoolType.Academy,
            _world.CouncilId,
            "North locality"
        );

    [Fact]
    public async Task Create_update_and_delete_each_write_one_audit_entry()
    {
        var school = Succeeds(await _service.CreateAsync(_world.Admin, Hillside, default));
        var updated = Succeeds(
            await _service.UpdateAsync(
                _world.Admin,
                school.Id,
                Hillside with
                {
                    Name = "Hillside Academy",
                },
                1,
                default
            )
        );
        Assert.Equal(2, updated.Version);
        Succeeds(await _service.DeleteAsync(_world.Admin, school.Id, 2, default));

        await using var db = _database.CreatePlainContext();
        var audits = await db.AuditEntries.ToListAsync();
        Assert.Equal(["Created", "Deleted", "Updated"], audits.Select(a => a.Operation).Order());
        Assert.All(audits, a => Assert.Equal(("School", school.Id), (a.EntityType, a.EntityId)));
        var update = audits.Single(a => a.Operation == "Updated");
        Assert.Equal("""{"name":"Hillside Primary"}""", update.Before);
        Assert.Equal("""{"name":"Hillside Academy"}""", update.After);
        using var created = JsonDocument.Parse(audits.Single(a => a.Operation == "Created").After!);
        Assert.Equal("Primary", created.RootElement.GetProperty("phase").GetString());
        Assert.False(await db.Schools.AnyAsync());
    }

    [Fact]
    public async Task An_update_that_changes_nothing_still_bumps_the_version_and_audits_no_fields()
    {
        var school = Succeeds(await _service.CreateAsync(_world.Admin, Hillside, default));

        Assert.Equal(
            2,
            Succeeds(
                await _service.UpdateAsync(_world.Admin, school.Id, Hillside, 1, default)
            ).Version
        );

        await using var db = _database.CreatePlainContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Operation == "Updated");
        Assert.Equal("{}", audit.Before);
    }

    [Fact]
    public async Task A_missing_name_and_an_overlong_urn_are_refused_together()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.CreateAsync(
                    _world.Admin,
                    Hillside with
                    {
                        Name = "",
                        Urn = new string('1', 51),
                    },
                    default
                )
        );

        Assert.Equal(2, result.Errors.Count);
        FailsValidation(result, "name");
        FailsValidation(result, "urn");
    }

    [Fact]
    public async Task A_name_over_300_characters_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        Hillside with
                        {
                            Name = new string('a', 301),
                        },
                        default
                    )
            ),
            "name"
        );
    }

    [Fact]
    public async Task An_undefined_phase_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        Hillside with
                        {
                            Phase = (SchoolPhase)77,
                        },
                        default
                    )
            ),
            "phase"
        );
    }

    [Fact]
    public async Task A_trust_of_another_local_area_is_refused()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        Hillside with
                        {
                            TrustOrganisationId = _world.SouthamCouncilId,
                        },
                        default
                    )
            ),
            "trustOrganisationId"
        );
    }

    [Fact]
    public async Task An_unknown_local_area_is_refused_on_the_parent_field()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.CreateAsync(
                        _world.Admin,
                        Hillside with
                        {
                            LocalAreaId = Guid.CreateVersion7(),
                        },
                        default
                    )
            ),
            "localAreaId"
        );
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_school_is_not_found()
    {
        Fails<NotFoundError, School>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.UpdateAsync(_world.Admin, Guid.CreateVersion7(), Hillside, 1, default)
            )
        );
        Fails<NotFoundError, Guid>(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Admin, Guid.CreateVersion7(), 1, default)
            )
        );
    }

    [Fact]
    public async Task A_stale_update_is_refused_with_the_current_version()
    {
        var school = Succeeds(await _service.CreateAsync(_world.Admin, Hillside, default));
        Succeeds(
            await _service.UpdateAsync(
                _world.Admin,
                school.Id,
                Hillside with
                {
                    Locality = "East",
                },
                1,
                default
            )
        );

        var error = Fails<ConcurrencyError, School>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.UpdateAsync(
                        _world.Admin,
                        school.Id,
                        Hillside with
                        {
                            Locality = "West",
                        },
                        1,
                        default
                    )
            )
        );

        Assert.Equal(("School", school.Id, 2), (error.EntityType, error.Id, error.CurrentVersion));
    }

    [Fact]
    public async Task Area_leads_board_members_and_admins_of_other_areas_may_not_create_schools()
    {
        foreach (
            var actor in new[]
            {
                _world.Alice,
                _world.BoardMember,
                _world.Partner,
                PartnershipGraph.Domain.Access.Actor.Anonymous,
                _world.SouthamAdmin,
            }
        )
        {
            Fails<ForbiddenError, School>(
                await WritesNothingAsync(
                    _database,
                    () => _service.CreateAsync(actor, Hillside, default)
                )
            );
        }
    }

    [Fact]
    public async Task A_scoped_admin_may_not_move_a_school_out_of_their_area()
    {
        var school = Succeeds(
            await _service.CreateAsync(
                _world.NorthamAdmin,
                Hillside with
                {
                    TrustOrganisationId = null,
                },
                default
            )
        );

        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateAsync(
                    _world.NorthamAdmin,
                    school.Id,
                    Hillside with
                    {
                        LocalAreaId = _world.SouthamId,
                        TrustOrganisationId = null,
                    },
                    1,
                    default
                )
        );

        Fails<ForbiddenError, School>(result);
    }

    [Fact]
    public async Task A_school_deleted_by_someone_else_during_the_save_is_not_found()
    {
        var school = Succeeds(await _service.CreateAsync(_world.Admin, Hillside, default));
        _database.BeforeNextSave = async () =>
        {
            await using var other = _database.CreatePlainContext();
            await other.Schools.Where(s => s.Id == school.Id).ExecuteDeleteAsync();
        };

        var result = await _service.UpdateAsync(
            _world.Admin,
            school.Id,
            Hillside with
            {
                Locality = "East",
            },
            1,
            default
        );

        Fails<NotFoundError, School>(result);
        await using var db = _database.CreatePlainContext();
        Assert.Equal(["Created"], await db.AuditEntries.Select(a => a.Operation).ToListAsync());
    }
}
