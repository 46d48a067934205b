using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>Deletes a KPI with no milestones or actuals; refuses with the reason otherwise.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(IActorAccessor actors, PartnershipDbContext db, KpiService kpis)
    : DeletePageModel(actors)
{
    public override string EntityLabel => "KPI";

    public override string IndexPath => "/Admin/Kpis";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Kpis.Where(ReadAccess.Kpis(Actor))
            .Where(k => k.Id == id)
            .Select(k => new ValueTuple<string, int>(k.Ref + " " + k.Description, k.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => kpis.DeleteAsync(Actor, id, version, ct);
}
