using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>Reads a KPI with its plan, action, milestones and actuals, when the actor may read its plan.</summary>
public static class KpiDetailsReader
{
    /// <summary>The KPI, or null when it does not exist or its plan is not readable.</summary>
    public static async Task<Kpi?> FindAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid id,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var kpi = await db
            .Kpis.AsNoTracking()
            .Include(k => k.Plan)
            .Include(k => k.Action)
            .Include(k => k.Milestones)
            .Include(k => k.Actuals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(k => k.Id == id, ct);
        return kpi?.Plan is { } plan && AccessRules.CanRead(actor, plan) ? kpi : null;
    }
}
