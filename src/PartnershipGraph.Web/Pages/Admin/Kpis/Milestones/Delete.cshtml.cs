using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>Asks before deleting a KPI's milestone, and refuses with the reason while actuals are recorded against it.</summary>
public sealed class DeleteModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    KpiMilestoneService milestones
) : MilestonePageModel(db, actors)
{
    /// <summary>The milestone to delete.</summary>
    public KpiMilestone Milestone { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid kpiId, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(kpiId, id, ct))
        {
            return NotFound();
        }
        Input = MilestoneInputModel.From(Milestone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid kpiId, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(kpiId, id, ct))
        {
            return NotFound();
        }
        var result = await milestones.DeleteAsync(Actors.Actor, id, Input.Version, ct);
        if (!result.Succeeded)
        {
            return Failed(result.Errors);
        }
        TempData["Notice"] = $"Milestone \"{Milestone.Label}\" deleted.";
        return Redirect($"/Admin/Kpis/{kpiId}");
    }

    private async Task<bool> LoadAsync(Guid kpiId, Guid id, CancellationToken ct)
    {
        if (
            !await LoadKpiAsync(kpiId, ct)
            || await FindMilestoneAsync(kpiId, id, ct) is not { } milestone
        )
        {
            return false;
        }
        Milestone = milestone;
        return true;
    }
}
