using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Plans;

namespace PartnershipGraph.Web.Pages.Admin.Plans;

/// <summary>Deletes a plan with no areas, KPIs or versions.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(IActorAccessor actors, PartnershipDbContext db, PlanService plans)
    : DeletePageModel(actors)
{
    public override string EntityLabel => "plan";

    public override string IndexPath => "/Admin/Plans";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Plans.Where(ReadAccess.Plans(Actor))
            .Where(o => o.Id == id)
            .Select(o => new ValueTuple<string, int>(o.Title, o.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => plans.DeleteAsync(Actor, id, version, ct);
}
