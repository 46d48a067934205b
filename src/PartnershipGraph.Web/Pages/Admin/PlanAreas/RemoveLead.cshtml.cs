using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>Removes a lead from a plan area.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class RemoveLeadModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    PlanAreaLeadService leads
) : DeletePageModel(actors)
{
    private Guid _planAreaId;

    public override string EntityLabel => "lead";

    public override string IndexPath => "/Admin/PlanAreas";

    public override string DetailsUrl => $"/Admin/PlanAreas/Details/{_planAreaId}";

    protected override string AfterDeleteUrl => DetailsUrl;

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    )
    {
        var lead = await db
            .PlanAreaLeads.Where(l => l.Id == id)
            .Where(l =>
                db.PlanAreas.Where(ReadAccess.PlanAreas(Actor)).Any(a => a.Id == l.PlanAreaId)
            )
            .Select(l => new
            {
                l.PlanAreaId,
                l.NameAsWritten,
                l.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (lead is null)
        {
            return null;
        }
        _planAreaId = lead.PlanAreaId;
        return (lead.NameAsWritten, lead.Version);
    }

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => leads.DeleteAsync(Actor, id, version, ct);
}
