using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>Changes a KPI's milestone: label, due date as written and target as written.</summary>
public sealed class EditModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    KpiMilestoneService milestones
) : MilestonePageModel(db, actors)
{
    public async Task<IActionResult> OnGetAsync(Guid kpiId, Guid id, CancellationToken ct)
    {
        if (
            !await LoadKpiAsync(kpiId, ct)
            || await FindMilestoneAsync(kpiId, id, ct) is not { } milestone
        )
        {
            return NotFound();
        }
        Input = MilestoneInputModel.From(milestone);
        return Page();
    }

    /// <summary>Shows how the typed values read, without saving.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid kpiId, Guid id, CancellationToken ct) =>
        await LoadKpiAsync(kpiId, ct) && await FindMilestoneAsync(kpiId, id, ct) is not null
            ? Page()
            : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid kpiId, Guid id, CancellationToken ct)
    {
        if (!await LoadKpiAsync(kpiId, ct) || await FindMilestoneAsync(kpiId, id, ct) is null)
        {
            return NotFound();
        }
        CheckTargetReads();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await milestones.UpdateAsync(
            Actors.Actor,
            id,
            Input.ToService(kpiId),
            Input.Version,
            ct
        );
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"Milestone \"{result.Value.Label}\" saved.";
        return Redirect($"/Admin/Kpis/{kpiId}");
    }
}
