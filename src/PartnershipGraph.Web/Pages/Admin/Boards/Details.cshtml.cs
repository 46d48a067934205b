using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>One board: where it reports, what replaced it, the boards reporting to it, its plans and its members.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public PartnershipBoard Board { get; private set; } = null!;

    public string? ReportsTo { get; private set; }

    public string? ReplacedBy { get; private set; }

    public IReadOnlyList<ListOption> ReportingBoards { get; private set; } = [];

    public IReadOnlyList<ListOption> Plans { get; private set; } = [];

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var board = await db
            .Boards.Where(ReadAccess.Boards(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == id, ct);
        if (board is null)
        {
            return NotFound();
        }
        Board = board;
        ReportsTo = await NameAsync(board.ParentBoardId, ct);
        ReplacedBy = await NameAsync(board.ReplacedByBoardId, ct);
        ReportingBoards = await db
            .Boards.Where(b => b.ParentBoardId == id)
            .OrderBy(b => b.Name)
            .Select(b => new KeyedName(b.Id, b.Name))
            .ToOptionsAsync(ct);
        Plans = await db
            .Plans.Where(ReadAccess.Plans(Actor))
            .Where(p => p.MonitoringBoardId == id)
            .OrderBy(p => p.Title)
            .Select(p => new KeyedName(p.Id, p.Title))
            .ToOptionsAsync(ct);
        Members = await db
            .BoardMemberships.Where(m => m.BoardId == id)
            .OrderBy(m => m.Role)
            .ThenBy(m => m.Person!.Name)
            .Select(m => new MemberRow(m.Id, m.PersonId, m.Person!.Name, m.Role, m.RoleAsWritten))
            .ToListAsync(ct);
        return Page();
    }

    private Task<string?> NameAsync(Guid? boardId, CancellationToken ct) =>
        db.Boards.Where(b => b.Id == boardId).Select(b => b.Name).SingleOrDefaultAsync(ct);
}
