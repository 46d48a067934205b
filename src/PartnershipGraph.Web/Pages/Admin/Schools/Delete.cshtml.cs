using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>Deletes a school that no board seat or action refers to.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    SchoolService schools
) : DeletePageModel(actors)
{
    public override string EntityLabel => "school";

    public override string IndexPath => "/Admin/Schools";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Schools.Where(ReadAccess.Schools(Actor))
            .Where(s => s.Id == id)
            .Select(s => new ValueTuple<string, int>(s.Name, s.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => schools.DeleteAsync(Actor, id, version, ct);
}
