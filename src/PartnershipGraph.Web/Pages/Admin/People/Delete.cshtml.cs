using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.People;

namespace PartnershipGraph.Web.Pages.Admin.People;

/// <summary>Deletes a person who leads no area, holds no seat or responsibility and wrote no update.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    PersonService people
) : DeletePageModel(actors)
{
    public override string EntityLabel => "person";

    public override string IndexPath => "/Admin/People";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .People.Where(ReadAccess.People(Actor))
            .Where(o => o.Id == id)
            .Select(o => new ValueTuple<string, int>(o.Name, o.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => people.DeleteAsync(Actor, id, version, ct);
}
