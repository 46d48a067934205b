using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>One school, its trust and the boards it sits on.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public School School { get; private set; } = null!;

    public string? Trust { get; private set; }

    public IReadOnlyList<string> Boards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var school = await db
            .Schools.Where(ReadAccess.Schools(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }
        School = school;
        Trust = await db
            .Organisations.Where(o => o.Id == school.TrustOrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct);
        Boards = await (
            from seat in db.SchoolBoardSeats
            join board in db.Boards on seat.BoardId equals board.Id
            where seat.SchoolId == id
            orderby board.Name
            select board.Name
        ).ToListAsync(ct);
        return Page();
    }
}
