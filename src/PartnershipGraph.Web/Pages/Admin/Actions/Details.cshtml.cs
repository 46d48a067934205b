using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Pages.Admin.MyActions;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>An action: its details, who is responsible, its KPIs' computed progress and its update history.</summary>
public sealed class DetailsModel(
    PartnershipDbContext db,
    IActorAccessor actors,
    KpiProgressAssessor assessor
) : PageModel
{
    /// <summary>The action.</summary>
    public PlanAction Action { get; private set; } = null!;

    /// <summary>Where it sits and its version.</summary>
    public ActionSummary Summary { get; private set; } = null!;

    /// <summary>The lead organisation's name, if any.</summary>
    public string? LeadOrganisation { get; private set; }

    /// <summary>The people and groups responsible.</summary>
    public IReadOnlyList<ActionResponsible> Responsibles { get; private set; } = [];

    /// <summary>The KPIs measuring it, with their computed progress.</summary>
    public IReadOnlyList<KpiProgressRow> Kpis { get; private set; } = [];

    /// <summary>The progress updates, newest first.</summary>
    public IReadOnlyList<ActionUpdate> History { get; private set; } = [];

    /// <summary>True for an administrator, who edits and deletes actions.</summary>
    public bool IsAdministrator => actors.Actor.Role == Role.Admin;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ActionStatusReader.FindAsync(db, actors.Actor, id, ct) is not { } summary)
        {
            return NotFound();
        }
        Summary = summary;
        Action = await db.Actions.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        LeadOrganisation = await db
            .Organisations.Where(o => o.Id == Action.LeadOrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct);
        Responsibles = await db
            .ActionResponsibles.AsNoTracking()
            .Where(r => r.ActionId == id)
            .OrderBy(r => r.NameAsWritten)
            .ToListAsync(ct);
        Kpis = await ActionStatusReader.KpisAsync(db, assessor, id, ct);
        History = await ActionStatusReader.HistoryAsync(db, id, ct);
        return Page();
    }
}
