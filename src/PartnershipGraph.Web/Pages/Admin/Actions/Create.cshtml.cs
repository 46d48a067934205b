using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>Adds an action to a plan area; administrators only (the service decides).</summary>
public sealed class CreateModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    ActionService actions
) : ActionFormPageModel(db, actors)
{
    /// <summary>The plan area to preselect, e.g. when coming from a plan area's page.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? PlanAreaId { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new ActionFormInput { PlanAreaId = PlanAreaId ?? Guid.Empty };
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await actions.CreateAsync(Actors.Actor, Input.ToService(), ct);
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"Action {result.Value.Ref} added.";
        return Redirect($"/Admin/Actions/Details/{result.Value.Id}");
    }
}
