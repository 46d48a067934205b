using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>Steps an active plan area down, with the date and the reason, through <see cref="PlanAreaService.StepDownAsync"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class StepDownModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    PlanAreaService areas,
    TimeProvider time
) : AdminPageModel(actors)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string AreaTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } area)
        {
            return NotFound();
        }
        Input = new InputModel
        {
            Date = DateOnly.FromDateTime(time.GetLocalNow().Date),
            Version = area.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await areas.StepDownAsync(
                Actor,
                id,
                Input.Date,
                Input.Reason ?? "",
                Input.Version,
                ct
            );
            if (result.Succeeded)
            {
                TempData["Notice"] = "The area was stepped down.";
                return Redirect($"/Admin/PlanAreas/Details/{id}");
            }
            if (ShowErrors(result.Errors, rebase: v => Input.Version = v) is { } missing)
            {
                return missing;
            }
        }
        return Page();
    }

    private async Task<(string Title, int Version)?> FindAsync(Guid id, CancellationToken ct)
    {
        var area = await db
            .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            .Where(a => a.Id == id)
            .Select(a => new { Title = a.Number + ". " + a.Title, a.Version })
            .SingleOrDefaultAsync(ct);
        (Id, AreaTitle) = (id, area?.Title ?? "");
        return area is null ? null : (area.Title, area.Version);
    }

    /// <summary>The form's fields, named as the service names them.</summary>
    public sealed class InputModel
    {
        public DateOnly Date { get; set; }

        public string? Reason { get; set; }

        public int Version { get; set; }
    }
}
