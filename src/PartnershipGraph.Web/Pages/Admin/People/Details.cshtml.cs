using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.People;

/// <summary>One person: organisation, board seats and the plan areas they lead.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public Person Person { get; private set; } = null!;

    public string? Organisation { get; private set; }

    /// <summary>Each seat: the board's key and "board (role)".</summary>
    public IReadOnlyList<ListOption> Seats { get; private set; } = [];

    /// <summary>Each led area: the area's key and "plan: number. title".</summary>
    public IReadOnlyList<ListOption> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var person = await db
            .People.Where(ReadAccess.People(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Organisation = await db
            .Organisations.Where(o => o.Id == person.OrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct);
        var seats = await db
            .BoardMemberships.Where(m => m.PersonId == id)
            .Select(m => new
            {
                m.BoardId,
                Board = m.Board!.Name,
                m.Role,
            })
            .ToListAsync(ct);
        Seats =
        [
            .. seats
                .OrderBy(s => s.Board)
                .Select(s => new ListOption(
                    s.BoardId.ToString(),
                    $"{s.Board} ({Words.Of(s.Role)})"
                )),
        ];
        var areas = await (
            from lead in db.PlanAreaLeads
            join area in db.PlanAreas.Where(ReadAccess.PlanAreas(Actor))
                on lead.PlanAreaId equals area.Id
            where lead.PersonId == id
            select new
            {
                area.Id,
                Plan = area.Plan!.Title,
                area.Number,
                area.Title,
            }
        ).ToListAsync(ct);
        Areas =
        [
            .. areas
                .OrderBy(a => a.Plan)
                .ThenBy(a => a.Number)
                .Select(a => new ListOption(a.Id.ToString(), $"{a.Plan}: {a.Number}. {a.Title}")),
        ];
        return Page();
    }
}
