using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Kpis;
using PartnershipGraph.Web.Pages.Admin.MyActions;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>A KPI: its trajectory (baseline, each milestone's target and actual), its computed progress RAG, its milestones, and a form recording an actual.</summary>
public sealed class DetailsModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    KpiService kpis,
    KpiProgressAssessor assessor
) : PageModel
{
    /// <summary>The actual being typed.</summary>
    [BindProperty]
    public ActualInput Input { get; set; } = new();

    /// <summary>The KPI with its plan, action, milestones and actuals.</summary>
    public Kpi Kpi { get; private set; } = null!;

    /// <summary>The computed progress RAG and how it was reached.</summary>
    public ProgressAssessment Progress { get; private set; } = null!;

    /// <summary>The baseline, then each milestone with its target and latest actual.</summary>
    public IReadOnlyList<TrajectoryPoint> Trajectory { get; private set; } = [];

    /// <summary>True when the signed-in user's role records actuals (the service decides for which KPIs).</summary>
    public bool MayRecord => actors.Actor.Role is Role.Admin or Role.AreaLead;

    /// <summary>True when the signed-in user edits milestones.</summary>
    public bool MayEditMilestones => actors.Actor.Role == Role.Admin;

    /// <summary>Why the last submission was refused as not allowed.</summary>
    public string? Refusal { get; private set; }

    /// <summary>True when the last submission was based on an older version of the KPI.</summary>
    public bool IsStale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = new ActualInput
        {
            AsOf = assessor.Today,
            Version = Kpi.Version,
            MilestoneId = (
                Progress.CurrentMilestone ?? TrajectoryPoint.Next(Kpi, null, assessor.Today)
            )?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostActualAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var result = await kpis.RecordActualAsync(
            actors.Actor,
            id,
            Input.MilestoneId,
            Input.Value,
            Input.Text,
            Input.AsOf!.Value,
            Input.Version,
            ct
        );
        if (result.Succeeded)
        {
            TempData["Notice"] = $"Actual recorded for KPI {result.Value.Kpi.Ref}.";
            return RedirectToPage("Details", new { id });
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
                Refusal = forbidden.Message;
                var page = Page();
                page.StatusCode = StatusCodes.Status403Forbidden;
                return page;
            case ConcurrencyError stale:
                IsStale = true;
                ModelState.Remove($"{nameof(Input)}.{nameof(ActualInput.Version)}");
                Input.Version = stale.CurrentVersion;
                return Page();
            default:
                ServiceErrorMapping.AddTo(ModelState, result.Errors);
                return Page();
        }
    }

    /// <summary>The first error for a field of the form, e.g. "Input.Value".</summary>
    public string? ErrorFor(string key) => ServiceErrorMapping.FirstError(ModelState, key);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var kpi = await KpiDetailsReader.FindAsync(db, actors.Actor, id, ct);
        if (kpi is null)
        {
            return false;
        }
        Kpi = kpi;
        Progress = assessor.Assess(kpi);
        Trajectory = TrajectoryPoint.Of(kpi);
        return true;
    }
}
