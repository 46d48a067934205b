using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Plans;

/// <summary>One plan: its trigger, monitoring board and areas.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public ImprovementPlan Plan { get; private set; } = null!;

    public string LocalArea { get; private set; } = "";

    public string? MonitoringBoard { get; private set; }

    public IReadOnlyList<PlanArea> Areas { get; private set; } = [];

    /// <summary>The plan's dated versions and submissions, in the order they were loaded.</summary>
    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var plan = await db
            .Plans.Where(ReadAccess.Plans(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return NotFound();
        }
        Plan = plan;
        LocalArea = await db
            .LocalAreas.Where(a => a.Id == plan.LocalAreaId)
            .Select(a => a.Name)
            .SingleAsync(ct);
        MonitoringBoard = await db
            .Boards.Where(b => b.Id == plan.MonitoringBoardId)
            .Select(b => b.Name)
            .SingleOrDefaultAsync(ct);
        Areas = await db
            .PlanAreas.AsNoTracking()
            .Where(a => a.PlanId == id)
            .OrderBy(a => a.Number)
            .ToListAsync(ct);
        Versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id).ToListAsync(ct);
        return Page();
    }
}
