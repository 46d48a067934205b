using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Common;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Actions;

public sealed class ActionServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private ActionService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _service = new ActionService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Updating_the_status_appends_an_update_sets_the_current_rag_and_writes_one_audit_entry()
    {
        var result = await _service.UpdateStatusAsync(
            _world.Admin,
            _world.Action11Id,
            Rag.OnTrack,
            "  Toolkit drafted.  ",
            1,
            default
        );

        var value = Succeeds(result);
        Assert.Equal(2, value.Action.Version);
        await using var db = _database.CreatePlainContext();
        var action = await db.Actions.SingleAsync(a => a.Id == _world.Action11Id);
        Assert.Equal(Rag.OnTrack, action.CurrentRag);
        Assert.Equal(2, action.Version);
        var update = await db.ActionUpdates.SingleAsync();
        Assert.Equal(_world.Action11Id, update.ActionId);
        Assert.Equal(Rag.OnTrack, update.Rag);
        Assert.Equal("Toolkit drafted.", update.Narrative);
        Assert.Equal(_database.Clock.GetUtcNow(), update.RecordedAt);
        Assert.Equal("admin@example.org", update.AuthorName);
        var audit = await SingleAuditAsync(_database);
        Assert.Equal(
            ("admin@example.org", "Action", _world.Action11Id, "StatusUpdated"),
            (audit.Actor, audit.EntityType, audit.EntityId, audit.Operation)
        );
        Assert.Equal(_database.Clock.GetUtcNow(), audit.At);
        Assert.Equal("""{"currentRag":"NotRated"}""", audit.Before);
        using var after = JsonDocument.Parse(audit.After!);
        Assert.Equal("OnTrack", after.RootElement.GetProperty("currentRag").GetString());
        Assert.Equal("Toolkit drafted.", after.RootElement.GetProperty("narrative").GetString());
    }

    [Fact]
    public async Task The_same_rag_again_still_appends_an_update_and_bumps_the_version()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Admin,
                _world.Action11Id,
                Rag.NotRated,
                "No change yet.",
                1,
                default
            )
        );

        await using var db = _database.CreatePlainContext();
        Assert.Equal(2, (await db.Actions.SingleAsync(a => a.Id == _world.Action11Id)).Version);
        Assert.Equal(1, await db.ActionUpdates.CountAsync());
    }

    [Fact]
    public async Task The_author_person_is_the_area_lead_making_the_update()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Alice,
                _world.Action11Id,
                Rag.PartiallyMet,
                null,
                1,
                default
            )
        );

        await using var db = _database.CreatePlainContext();
        var update = await db.ActionUpdates.SingleAsync();
        Assert.Equal(_world.AliceId, update.AuthorPersonId);
        Assert.Null(update.Narrative);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_the_current_version_and_writes_nothing()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Admin,
                _world.Action11Id,
                Rag.OnTrack,
                "First.",
                1,
                default
            )
        );

        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.Admin,
                    _world.Action11Id,
                    Rag.NotOnTrack,
                    "Second.",
                    1,
                    default
                )
        );

        var error = Fails<ConcurrencyError, ActionStatusUpdate>(result);
        Assert.Equal(
            ("Action", _world.Action11Id, 2),
            (error.EntityType, error.Id, error.CurrentVersion)
        );
    }

    [Fact]
    public async Task A_write_that_loses_a_race_during_the_save_is_refused_and_writes_nothing()
    {
        _database.BeforeNextSave = async () =>
        {
            await using var other = _database.CreatePlainContext();
            var action = await other.Actions.SingleAsync(a => a.Id == _world.Action11Id);
            action.Notes = "Edited by someone else";
            await other.SaveChangesAsync();
        };

        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.Admin,
                    _world.Action11Id,
                    Rag.Met,
                    "Done.",
                    1,
                    default
                )
        );

        Assert.Equal(2, Fails<ConcurrencyError, ActionStatusUpdate>(result).CurrentVersion);
    }

    [Fact]
    public async Task A_narrative_over_4000_characters_is_refused_naming_the_field()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.Admin,
                    _world.Action11Id,
                    Rag.OnTrack,
                    new string('x', 4001),
                    1,
                    default
                )
        );

        var error = FailsValidation(result, "narrative");
        Assert.Equal(["input", "narrative"], error.FieldPath);
    }

    [Fact]
    public async Task A_narrative_of_exactly_4000_characters_is_accepted()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Admin,
                _world.Action11Id,
                Rag.OnTrack,
                new string('x', 4000),
                1,
                default
            )
        );
    }

    [Fact]
    public async Task An_undefined_rag_is_refused()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.Admin,
                    _world.Action11Id,
                    (Rag)42,
                    "Odd.",
                    1,
                    default
                )
        );

        FailsValidation(result, "rag");
    }

    [Fact]
    public async Task An_unknown_action_is_not_found()
    {
        var id = Guid.CreateVersion7();
        var result = await WritesNothingAsync(
            _database,
            () => _service.UpdateStatusAsync(_world.Admin, id, Rag.OnTrack, null, 1, default)
        );

        var error = Fails<NotFoundError, ActionStatusUpdate>(result);
        Assert.Equal(("Action", id), (error.EntityType, error.Id));
    }

    [Fact]
    public async Task An_area_lead_updates_an_action_in_an_area_they_lead()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Alice,
                _world.Action11Id,
                Rag.OnTrack,
                null,
                1,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_updates_an_action_they_are_responsible_for()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Bob,
                _world.Action21Id,
                Rag.OnTrack,
                null,
                1,
                default
            )
        );
    }

    [Fact]
    public async Task An_area_lead_may_not_update_an_action_they_neither_lead_nor_are_responsible_for()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.Alice,
                    _world.Action21Id,
                    Rag.OnTrack,
                    null,
                    1,
                    default
                )
        );

        Fails<ForbiddenError, ActionStatusUpdate>(result);
    }

    [Fact]
    public async Task Board_members_and_partners_may_not_update_a_status()
    {
        Fails<ForbiddenError, ActionStatusUpdate>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.UpdateStatusAsync(
                        _world.BoardMember,
                        _world.Action11Id,
                        Rag.OnTrack,
                        null,
                        1,
                        default
                    )
            )
        );
        Fails<ForbiddenError, ActionStatusUpdate>(
            await WritesNothingAsync(
                _database,
                () =>
                    _service.UpdateStatusAsync(
                        _world.Partner,
                        _world.Action11Id,
                        Rag.OnTrack,
                        null,
                        1,
                        default
                    )
            )
        );
    }

    [Fact]
    public async Task An_admin_of_another_local_area_may_not_update_a_status()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.UpdateStatusAsync(
                    _world.SouthamAdmin,
                    _world.Action11Id,
                    Rag.OnTrack,
                    null,
                    1,
                    default
                )
        );

        Fails<ForbiddenError, ActionStatusUpdate>(result);
    }

    [Fact]
    public async Task An_area_lead_edits_an_action_they_lead_and_the_audit_holds_only_the_changed_fields()
    {
        var input = new ActionInput(
            _world.Area1Id,
            "1.1",
            "Publish a graduated response toolkit",
            DueDate: "May 26"
        );

        var action = Succeeds(
            await _service.UpdateAsync(_world.Alice, _world.Action11Id, input, 1, default)
        );

        Assert.Equal(new DateOnly(2026, 5, 31), action.DueDate?.End);
        var audit = await SingleAuditAsync(_database);
        Assert.Equal("Updated", audit.Operation);
        Assert.Equal("""{"dueDate":null}""", audit.Before);
        Assert.Contains("\"May 26\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_area_lead_may_not_move_an_action_to_another_area()
    {
        var input = new ActionInput(_world.Area2Id, "1.9", "Publish a graduated response toolkit");

        var result = await WritesNothingAsync(
            _database,
            () => _service.UpdateAsync(_world.Alice, _world.Action11Id, input, 1, default)
        );

        Fails<ForbiddenError, PartnershipGraph.Domain.Actions.PlanAction>(result);
    }

    [Fact]
    public async Task An_area_lead_may_not_create_or_delete_actions()
    {
        var input = new ActionInput(_world.Area1Id, "1.2", "Train SENCOs");

        Fails<ForbiddenError, PartnershipGraph.Domain.Actions.PlanAction>(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Alice, input, default)
            )
        );
        Fails<ForbiddenError, Guid>(
            await WritesNothingAsync(
                _database,
                () => _service.DeleteAsync(_world.Alice, _world.Action11Id, 1, default)
            )
        );
    }

    [Fact]
    public async Task An_admin_creates_an_action_and_one_audit_entry_records_its_values()
    {
        var input = new ActionInput(
            _world.Area1Id,
            " 1.2 ",
            "Train SENCOs",
            LeadOrganisationId: _world.CouncilId
        );

        var action = Succeeds(await _service.CreateAsync(_world.NorthamAdmin, input, default));

        Assert.Equal("1.2", action.Ref);
        Assert.Equal(Rag.NotRated, action.CurrentRag);
        var audit = await SingleAuditAsync(_database);
        Assert.Equal(
            ("Action", action.Id, "Created"),
            (audit.EntityType, audit.EntityId, audit.Operation)
        );
        Assert.Null(audit.Before);
        Assert.Contains("\"ref\":\"1.2\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_ref_in_the_area_is_refused()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.CreateAsync(
                    _world.Admin,
                    new ActionInput(_world.Area1Id, "1.1", "Again"),
                    default
                )
        );

        FailsValidation(result, "ref");
    }

    [Fact]
    public async Task A_lead_organisation_of_another_local_area_is_refused()
    {
        var input = new ActionInput(
            _world.Area1Id,
            "1.2",
            "Train SENCOs",
            LeadOrganisationId: _world.SouthamCouncilId
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "leadOrganisationId"
        );
    }

    [Fact]
    public async Task Creating_in_an_unknown_area_names_the_parent_field()
    {
        var input = new ActionInput(Guid.CreateVersion7(), "9.1", "Nowhere");

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _service.CreateAsync(_world.Admin, input, default)
            ),
            "planAreaId"
        );
    }

    [Fact]
    public async Task Required_fields_are_all_reported_together()
    {
        var result = await WritesNothingAsync(
            _database,
            () =>
                _service.CreateAsync(
                    _world.Admin,
                    new ActionInput(_world.Area1Id, " ", ""),
                    default
                )
        );

        Assert.Equal(2, result.Errors.Count);
        FailsValidation(result, "ref");
        FailsValidation(result, "description");
    }

    [Fact]
    public async Task Deleting_an_action_with_progress_history_is_refused_as_still_referenced()
    {
        Succeeds(
            await _service.UpdateStatusAsync(
                _world.Admin,
                _world.Action11Id,
                Rag.OnTrack,
                null,
                1,
                default
            )
        );

        var result = await WritesNothingAsync(
            _database,
            () => _service.DeleteAsync(_world.Admin, _world.Action11Id, 2, default)
        );

        var error = FailsValidation(result, "id");
        Assert.Contains(
            "still referenced by 1 progress updates",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Deleting_an_unreferenced_action_removes_it_and_audits_its_values()
    {
        var action = Succeeds(
            await _service.CreateAsync(
                _world.Admin,
                new ActionInput(_world.Area1Id, "1.2", "Train SENCOs"),
                default
            )
        );

        Assert.Equal(
            action.Id,
            Succeeds(await _service.DeleteAsync(_world.Admin, action.Id, 1, default))
        );

        await using var db = _database.CreatePlainContext();
        Assert.False(await db.Actions.AnyAsync(a => a.Id == action.Id));
        var deleted = await db.AuditEntries.SingleAsync(a => a.Operation == "Deleted");
        Assert.Null(deleted.After);
        Assert.Contains("Train SENCOs", deleted.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_with_a_stale_version_is_refused()
    {
        var action = Succeeds(
            await _service.CreateAsync(
                _world.Admin,
                new ActionInput(_world.Area1Id, "1.2", "Train SENCOs"),
                default
            )
        );
        Succeeds(
            await _service.UpdateAsync(
                _world.Admin,
                action.Id,
                new ActionInput(_world.Area1Id, "1.2", "Train all SENCOs"),
                1,
                default
            )
        );

        var result = await WritesNothingAsync(
            _database,
            () => _service.DeleteAsync(_world.Admin, action.Id, 1, default)
        );

        Assert.Equal(2, Fails<ConcurrencyError, Guid>(result).CurrentVersion);
    }
}
