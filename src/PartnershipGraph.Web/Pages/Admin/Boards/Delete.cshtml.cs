using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>Deletes a board with no members, school seats, plans or boards reporting to it.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class DeleteModel(IActorAccessor actors, PartnershipDbContext db, BoardService boards)
    : DeletePageModel(actors)
{
    public override string EntityLabel => "board";

    public override string IndexPath => "/Admin/Boards";

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Boards.Where(ReadAccess.Boards(Actor))
            .Where(o => o.Id == id)
            .Select(o => new ValueTuple<string, int>(o.Name, o.Version))
            .Cast<(string, int)?>()
            .SingleOrDefaultAsync(ct);

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => boards.DeleteAsync(Actor, id, version, ct);
}
