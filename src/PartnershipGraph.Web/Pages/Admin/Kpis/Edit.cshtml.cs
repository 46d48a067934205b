using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>Changes a KPI's details; its milestones and actuals have their own forms.</summary>
public sealed class EditModel(PartnershipDbContext db, IActorAccessor actors, KpiService kpis)
    : KpiFormPageModel(db, actors)
{
    /// <summary>The KPI being edited.</summary>
    public Kpi Kpi { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = KpiFormInput.From(Kpi);
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
        var result = await kpis.UpdateAsync(Actors.Actor, id, Input.ToService(), Input.Version, ct);
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"KPI {result.Value.Ref} saved.";
        return Redirect($"/Admin/Kpis/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await KpiDetailsReader.FindAsync(Db, Actors.Actor, id, ct) is not { } kpi)
        {
            return false;
        }
        Kpi = kpi;
        await LoadOptionsAsync(ct);
        return true;
    }
}
