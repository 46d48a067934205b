using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Organisations;

namespace PartnershipGraph.Web.Pages.Admin.Organisations;

/// <summary>Deletes an organisation no person, school, action or area lead refers to.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    OrganisationService organisations
) : DeletePageModel(actors)
{
    public override string EntityLabel => "organisation";

    public override string IndexPath => "/Admin/Organisations";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Organisations.Where(ReadAccess.Organisations(Actor))
            .Where(o => o.Id == id)
            .Select(o => new ValueTuple<string, int>(o.Name, o.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => organisations.DeleteAsync(Actor, id, version, ct);
}
