using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Pages.Admin.MyActions;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>Changes an action's details; its RAG changes only through a status update.</summary>
public sealed class EditModel(PartnershipDbContext db, IActorAccessor actors, ActionService actions)
    : ActionFormPageModel(db, actors)
{
    /// <summary>The action being edited.</summary>
    public ActionSummary Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var action = await Db.Actions.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        Input = ActionFormInput.From(action);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await actions.UpdateAsync(
            Actors.Actor,
            id,
            Input.ToService(),
            Input.Version,
            ct
        );
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"Action {result.Value.Ref} saved.";
        return Redirect($"/Admin/Actions/Details/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await ActionStatusReader.FindAsync(Db, Actors.Actor, id, ct) is not { } action)
        {
            return false;
        }
        Action = action;
        await LoadOptionsAsync(ct);
        return true;
    }
}
