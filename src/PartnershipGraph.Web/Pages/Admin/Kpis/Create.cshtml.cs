using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>Adds a KPI to a plan; administrators only (the service decides).</summary>
public sealed class CreateModel(PartnershipDbContext db, IActorAccessor actors, KpiService kpis)
    : KpiFormPageModel(db, actors)
{
    public async Task OnGetAsync(CancellationToken ct) => await LoadOptionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await kpis.CreateAsync(Actors.Actor, Input.ToService(), ct);
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"KPI {result.Value.Ref} added.";
        return Redirect($"/Admin/Kpis/{result.Value.Id}");
    }
}
