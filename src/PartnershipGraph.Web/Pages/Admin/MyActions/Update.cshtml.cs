using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Records an action's RAG and progress narrative, beside its KPIs' computed progress and its update history.</summary>
/// <remarks>The form carries the version it was shown at, so an update made meanwhile by someone else is never overwritten unseen.</remarks>
public sealed class UpdateModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    ActionService actions,
    KpiProgressAssessor assessor
) : PageModel
{
    /// <summary>The values typed into the form.</summary>
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The action being updated.</summary>
    public ActionSummary Action { get; private set; } = null!;

    /// <summary>The KPIs measuring the action, with their computed progress.</summary>
    public IReadOnlyList<KpiProgressRow> Kpis { get; private set; } = [];

    /// <summary>The action's progress updates, newest first.</summary>
    public IReadOnlyList<ActionUpdate> History { get; private set; } = [];

    /// <summary>Why the signed-in user may not update the action; null when they may.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The update someone else recorded after this form was shown, when a submission was refused as stale.</summary>
    public ActionUpdate? OtherChange { get; private set; }

    /// <summary>True when a submission was refused because the action changed meanwhile.</summary>
    public bool IsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var actor = actors.Actor;
        var forbidden =
            AccessRules.CheckMayWrite(actor)
            ?? await AccessRules.CheckChangesActionAsync(
                db,
                actor,
                Action.LocalAreaId,
                Action.PlanAreaId,
                Action.Id,
                ct
            );
        if (forbidden is not null)
        {
            return Refuse(forbidden);
        }
        Input = new InputModel
        {
            Rag = Action.CurrentRag,
            Version = Action.Version,
            LatestUpdateId = History.FirstOrDefault()?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var result = await actions.UpdateStatusAsync(
            actors.Actor,
            id,
            Input.Rag!.Value,
            Input.Narrative,
            Input.Version,
            ct
        );
        if (result.Succeeded)
        {
            TempData["Notice"] =
                $"Update recorded: action {result.Value.Action.Ref} is {Pages.Shared.RagDisplay.Label(result.Value.Update.Rag)}.";
            return RedirectToPage("Update", new { id });
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        switch (result.Errors[0])
        {
            case NotFoundError:
                return NotFound();
            case ForbiddenError forbidden:
                return Refuse(forbidden);
            case ConcurrencyError stale:
                IsStale = true;
                // Only an update recorded after the form was shown is the other change; else the details were edited.
                var latest = History.FirstOrDefault();
                OtherChange = latest?.Id != Input.LatestUpdateId ? latest : null;
                ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
                ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.LatestUpdateId)}");
                Input.Version = stale.CurrentVersion;
                Input.LatestUpdateId = History.FirstOrDefault()?.Id;
                return Page();
            default:
                ServiceErrorMapping.AddTo(ModelState, result.Errors);
                return Page();
        }
    }

    /// <summary>The first error for a field of the form, e.g. "Input.Narrative".</summary>
    public string? ErrorFor(string key) => ServiceErrorMapping.FirstError(ModelState, key);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var action = await ActionStatusReader.FindAsync(db, actors.Actor, id, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        Kpis = await ActionStatusReader.KpisAsync(db, assessor, id, ct);
        History = await ActionStatusReader.HistoryAsync(db, id, ct);
        return true;
    }

    private PageResult Refuse(ForbiddenError forbidden)
    {
        Refusal = forbidden.Message;
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    /// <summary>The RAG and narrative, and the version of the action the form was shown at.</summary>
    public sealed class InputModel
    {
        /// <summary>The RAG the officer gives.</summary>
        [Required(ErrorMessage = "Choose a RAG status.")]
        public Rag? Rag { get; set; }

        /// <summary>What has happened since the last update.</summary>
        public string? Narrative { get; set; }

        /// <summary>The action's version when the form was shown.</summary>
        public int Version { get; set; }

        /// <summary>The latest progress update when the form was shown, to tell another update from another edit.</summary>
        public Guid? LatestUpdateId { get; set; }
    }
}
