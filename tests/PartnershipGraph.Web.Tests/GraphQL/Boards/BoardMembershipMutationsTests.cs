using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Boards;

public sealed class BoardMembershipMutationsTests()
    : CrudLinkMutationsTests("BoardMembership", "BoardMembership", "Board")
{
    protected override string ListSelection => "memberships { id version role }";

    protected override string ListField => "memberships";

    protected override async Task<Dictionary<string, object?>> InputAsync(PartnershipDbContext db)
    {
        var (boardId, personId) = await NewSeatAsync(db);
        return new()
        {
            ["boardId"] = GlobalId.Encode("Board", boardId),
            ["personId"] = GlobalId.Encode("Person", personId),
            ["role"] = "ADVISER",
        };
    }

    protected override async Task<(
        Dictionary<string, object?> Input,
        string Field
    )> InvalidInputAsync(PartnershipDbContext db)
    {
        var seat = await db.BoardMemberships.OrderBy(m => m.Id).FirstAsync();
        var input = new Dictionary<string, object?>
        {
            ["boardId"] = GlobalId.Encode("Board", seat.BoardId),
            ["personId"] = GlobalId.Encode("Person", seat.PersonId),
        };
        return (input, "personId");
    }

    protected override Task<int> CountAsync(PartnershipDbContext db) =>
        db.BoardMemberships.CountAsync();

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, Guid id) =>
        db.BoardMemberships.AnyAsync(m => m.Id == id);

    private static async Task<(Guid BoardId, Guid PersonId)> NewSeatAsync(PartnershipDbContext db)
    {
        var seats =
            from board in db.Boards
            from person in db.People
            where
                person.LocalAreaId == board.LocalAreaId
                && !db.BoardMemberships.Any(m => m.BoardId == board.Id && m.PersonId == person.Id)
            orderby board.Id, person.Id
            select new { BoardId = board.Id, PersonId = person.Id };
        var seat = await seats.FirstAsync();
        return (seat.BoardId, seat.PersonId);
    }
}
