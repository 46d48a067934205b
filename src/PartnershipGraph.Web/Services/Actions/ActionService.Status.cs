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
        await using var db = await Context.OpenAsync(ct);
        var (action, refused) = await LoadForChangeAsync(
            db,
            actor,
            actionId,
            expectedVersion,
            EntityChange.Update,
            ct
        );
        if (action is null)
        {
            return refused!;
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
        var after = AuditSnapshot.From(
            ("currentRag", rag),
            ("narrative", update.Narrative),
            ("updateId", update.Id)
        );
        return await SaveChangeAsync(
            db,
            actor,
            action,
            expectedVersion,
            AuditOperations.StatusUpdated,
            before,
            after,
            new ActionStatusUpdate(action, update),
            ct
        );
    }
}
