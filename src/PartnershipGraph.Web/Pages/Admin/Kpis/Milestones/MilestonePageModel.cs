using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Pages.Admin.MyActions;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>What the milestone pages share: the KPI they belong to, the typed values with their parse preview, and how a refused save is shown.</summary>
public abstract class MilestonePageModel(PartnershipDbContext db, IActorAccessor actors)
    : FormPageModel<MilestoneInputModel>
{
    /// <summary>The KPI the milestone belongs to.</summary>
    public Kpi Kpi { get; private set; } = null!;

    /// <summary>How the typed due date and target read.</summary>
    public MilestonePreview Preview => MilestonePreview.Of(Input);

    /// <summary>The signed-in user.</summary>
    protected IActorAccessor Actors => actors;

    /// <summary>The database.</summary>
    protected PartnershipDbContext Db => db;

    /// <summary>Loads the KPI; false when it does not exist or is not readable.</summary>
    protected async Task<bool> LoadKpiAsync(Guid kpiId, CancellationToken ct)
    {
        var kpi = await KpiDetailsReader.FindAsync(db, actors.Actor, kpiId, ct);
        Kpi = kpi!;
        return kpi is not null;
    }

    /// <summary>The KPI's milestone <paramref name="id"/>; null when it belongs to another KPI or does not exist.</summary>
    protected Task<KpiMilestone?> FindMilestoneAsync(Guid kpiId, Guid id, CancellationToken ct) =>
        db
            .KpiMilestones.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == id && m.KpiId == kpiId, ct);

    /// <summary>Refuses a narrative target the editor did not mark as narrative, so a mistyped figure is not stored silently.</summary>
    protected void CheckTargetReads()
    {
        if (
            !string.IsNullOrWhiteSpace(Input.TargetText)
            && !Input.TargetIsNarrative
            && !Preview.TargetHasFigure
        )
        {
            ModelState.AddModelError(
                $"{nameof(Input)}.{nameof(MilestoneInputModel.TargetText)}",
                $"No figure could be read from \"{Input.TargetText.Trim()}\". Write the target with a figure (e.g. \"More than 90%\"), give the figure below, or tick \"Narrative target\" to keep it as text."
            );
        }
    }
}
