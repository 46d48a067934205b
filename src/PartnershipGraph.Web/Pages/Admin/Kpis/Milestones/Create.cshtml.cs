using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>Adds a milestone to a KPI.</summary>
public sealed class CreateModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    KpiMilestoneService milestones
) : MilestonePageModel(db, actors)
{
    public async Task<IActionResult> OnGetAsync(Guid kpiId, CancellationToken ct)
    {
        if (!await LoadKpiAsync(kpiId, ct))
        {
            return NotFound();
        }
        Input = new MilestoneInputModel
        {
            Sequence = Kpi.Milestones.Count == 0 ? 1 : Kpi.Milestones.Max(m => m.Sequence) + 1,
        };
        return Page();
    }

    /// <summary>Shows how the typed values read, without saving.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid kpiId, CancellationToken ct) =>
        await LoadKpiAsync(kpiId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid kpiId, CancellationToken ct)
    {
        if (!await LoadKpiAsync(kpiId, ct))
        {
            return NotFound();
        }
        CheckTargetReads();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await milestones.CreateAsync(Actors.Actor, Input.ToService(kpiId), ct);
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"Milestone \"{result.Value.Label}\" added.";
        return Redirect($"/Admin/Kpis/{kpiId}");
    }
}
