using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Boards;

/// <summary>Adds, changes and removes people's seats on boards.</summary>
public sealed class BoardMembershipService(ServiceContext context)
    : EntityService<BoardMembership, BoardMembershipInput>(context)
{
    protected override string EntityType => "BoardMembership";

    protected override string ParentField => "boardId";

    protected override void Validate(BoardMembershipInput input, FieldErrors errors)
    {
        errors.RequiredId("boardId", input.BoardId);
        errors.RequiredId("personId", input.PersonId);
        errors.Defined("role", input.Role);
        errors.MaxLength("roleAsWritten", input.RoleAsWritten, FieldLimits.Name);
    }

    protected override BoardMembership Create(BoardMembershipInput input)
    {
        var membership = new BoardMembership();
        Apply(input, membership);
        return membership;
    }

    protected override void Apply(BoardMembershipInput input, BoardMembership entity)
    {
        entity.BoardId = input.BoardId;
        entity.PersonId = input.PersonId;
        entity.Role = input.Role;
        entity.RoleAsWritten = input.RoleAsWritten;
    }

    protected override Guid ParentId(BoardMembership entity) => entity.BoardId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        BoardMembership entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfBoardAsync(db, entity.BoardId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        BoardMembership entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        await ReferenceChecks.CheckAsync(
            errors,
            "personId",
            entity.PersonId,
            id => LocalAreaLookup.OfPersonAsync(db, id, ct),
            localAreaId
        );
        var duplicate = await db.BoardMemberships.AnyAsync(
            m => m.BoardId == entity.BoardId && m.PersonId == entity.PersonId && m.Id != entity.Id,
            ct
        );
        if (duplicate)
        {
            errors.Add("personId", "The person already has a seat on this board.");
        }
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) => [];
}
