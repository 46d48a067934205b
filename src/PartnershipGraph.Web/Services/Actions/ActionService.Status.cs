using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Actions;

public sealed partial class ActionService
{
    /// <summary>Appends a progress update with <paramref name="rag"/> and <paramref name="narrative"/> and makes <paramref name="rag"/> the action's current RAG.</summary>
    public async Task<ServiceResult<ActionStatusUpdate>> UpdateStatusAsync(
        Actor actor,
        Guid actionId,
        Rag rag,
        string? narrative,
        int expectedVersion,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AccessRules.CheckMayWrite(actor) is { } readOnly)
        {
            return readOnly;
        }
        await using var db = await Context.OpenAsync(ct);
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == actionId, ct);
        var localAreaId = action is null ? null : await FindLocalAreaAsync(db, action, ct);
        if (action is null || localAreaId is null)
        {
            return new NotFoundError(EntityType, actionId);
        }
        if (
            await AccessRules.CheckChangesActionAsync(
                db,
                actor,
                localAreaId.Value,
                action.PlanAreaId,
                action.Id,
                ct
            ) is
            { } forbidden
        )
        {
            return forbidden;
        }
        if (Commit.CheckVersion(EntityType, action, expectedVersion) is { } stale)
        {
            return stale;
        }
        var errors = new FieldErrors();
        errors.Defined("rag", rag);
        errors.MaxLength("narrative", narrative, FieldLimits.Text);
        if (!errors.IsEmpty)
        {
            return ServiceResult<ActionStatusUpdate>.Failure(errors.Errors);
        }
        var update = new ActionUpdate
        {
            ActionId = action.Id,
            RecordedAt = Context.Time.GetUtcNow(),
            Rag = rag,
            Narrative = string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim(),
            AuthorPersonId = actor.PersonId,
            AuthorName = actor.Name,
        };
        var before = AuditSnapshot.From(("currentRag", action.CurrentRag));
        action.CurrentRag = rag;
        db.ActionUpdates.Add(update);
        Commit.Touch(db, action, expectedVersion);
        var after = AuditSnapshot.From(
            ("currentRag", rag),
            ("narrative", update.Narrative),
            ("updateId", update.Id)
        );
        var audit = Context.Audit.Entry(
            actor,
            EntityType,
            action.Id,
            AuditOperations.StatusUpdated,
            before,
            after
        );
        return await Commit.SaveAsync(
            db,
            EntityType,
            action,
            expectedVersion,
            audit,
            new ActionStatusUpdate(action, update),
            ct
        );
    }
}
