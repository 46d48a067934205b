using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>Removes a person's seat on a board.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class RemoveMembershipModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    BoardMembershipService memberships
) : DeletePageModel(actors)
{
    private Guid _boardId;

    public override string EntityLabel => "seat";

    public override string IndexPath => "/Admin/Boards";

    public override string DetailsUrl => $"/Admin/Boards/Details/{_boardId}";

    protected override string AfterDeleteUrl => DetailsUrl;

    protected override async Task<(string Name, int Version)?> FindAsync(
        Guid id,
        CancellationToken ct
    )
    {
        var seat = await db
            .BoardMemberships.Where(m => m.Id == id)
            .Where(m => db.Boards.Where(ReadAccess.Boards(Actor)).Any(b => b.Id == m.BoardId))
            .Select(m => new
            {
                m.BoardId,
                Person = m.Person!.Name,
                Board = m.Board!.Name,
                m.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (seat is null)
        {
            return null;
        }
        _boardId = seat.BoardId;
        return ($"{seat.Person}'s seat on {seat.Board}", seat.Version);
    }

    protected override Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    ) => memberships.DeleteAsync(Actor, id, version, ct);
}
