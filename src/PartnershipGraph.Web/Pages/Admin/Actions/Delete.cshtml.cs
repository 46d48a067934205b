using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>Deletes an action nothing refers to; refuses with the reason (updates, KPIs, sub-actions…) otherwise.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    ActionService actions
) : DeletePageModel(actors)
{
    public override string EntityLabel => "action";

    public override string IndexPath => "/Admin/Actions";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Actions.Where(ReadAccess.Actions(Actor))
            .Where(a => a.Id == id)
            .Select(a => new ValueTuple<string, int>(
                a.Ref + " " + (a.Title ?? a.Description),
                a.Version
            ))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => actions.DeleteAsync(Actor, id, version, ct);
}
