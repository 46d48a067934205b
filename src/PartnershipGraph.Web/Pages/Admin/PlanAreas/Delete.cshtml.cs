using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>Deletes a plan area with no actions, leads or KPIs.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    PlanAreaService areas
) : DeletePageModel(actors)
{
    public override string EntityLabel => "plan area";

    public override string IndexPath => "/Admin/PlanAreas";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            .Where(o => o.Id == id)
            .Select(o => new ValueTuple<string, int>(o.Number + ". " + o.Title, o.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => areas.DeleteAsync(Actor, id, version, ct);
}
