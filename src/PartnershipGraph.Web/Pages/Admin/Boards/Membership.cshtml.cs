using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>Adds a person's seat on a board (no id) or changes one, through <see cref="BoardMembershipService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class MembershipModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    BoardMembershipService memberships
) : EditPageModel<BoardMembership, MembershipModel.InputModel>(actors)
{
    /// <summary>The board, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid BoardId { get; set; }

    public string BoardName { get; private set; } = "";

    public IReadOnlyList<ListOption> People { get; private set; } = [];

    public override string IndexPath => "/Admin/Boards";

    public override string CancelUrl => $"/Admin/Boards/Details/{BoardId}";

    protected override Task<BoardMembership?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .BoardMemberships.AsNoTracking()
            .Where(m => m.BoardId == BoardId)
            .Where(m => db.Boards.Where(ReadAccess.Boards(Actor)).Any(b => b.Id == m.BoardId))
            .SingleOrDefaultAsync(m => m.Id == id, ct);

    protected override InputModel ToForm(BoardMembership m) =>
        new()
        {
            BoardId = m.BoardId,
            PersonId = m.PersonId,
            Role = m.Role,
            RoleAsWritten = m.RoleAsWritten,
            Version = m.Version,
        };

    protected override Task<InputModel> NewFormAsync(CancellationToken ct) =>
        Task.FromResult(new InputModel { BoardId = BoardId, Role = MembershipRole.Member });

    protected override Task<ServiceResult<BoardMembership>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new BoardMembershipInput(
            BoardId,
            f.PersonId ?? Guid.Empty,
            f.Role,
            f.RoleAsWritten
        );
        return id is { } key
            ? memberships.UpdateAsync(Actor, key, input, f.Version, ct)
            : memberships.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        BoardName =
            await db
                .Boards.Where(ReadAccess.Boards(Actor))
                .Where(b => b.Id == BoardId)
                .Select(b => b.Name)
                .SingleOrDefaultAsync(ct)
            ?? "";
        People = await AdminLookups.PeopleAsync(db, Actor, ct);
    }

    protected override string DetailsUrl(BoardMembership entity) => CancelUrl;

    /// <summary>The form's fields, named as <see cref="BoardMembershipInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid BoardId { get; set; }

        public Guid? PersonId { get; set; }

        public MembershipRole Role { get; set; }

        public string? RoleAsWritten { get; set; }

        public int Version { get; set; }
    }
}
