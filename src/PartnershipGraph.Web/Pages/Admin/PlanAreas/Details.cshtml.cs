using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>One plan area: its plan, statement, outcome, status, leads and actions.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public PlanArea Area { get; private set; } = null!;

    public string Plan { get; private set; } = "";

    public string AreaLabel { get; private set; } = "";

    public IReadOnlyList<LeadLine> Leads { get; private set; } = [];

    public IReadOnlyList<ActionLine> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var area = await db
            .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }
        Area = area;
        var plan = await db
            .Plans.Where(p => p.Id == area.PlanId)
            .Select(p => new { p.Title, p.AreaLabel })
            .SingleAsync(ct);
        (Plan, AreaLabel) = (plan.Title, plan.AreaLabel);
        Leads = await db
            .PlanAreaLeads.Where(l => l.PlanAreaId == id)
            .OrderBy(l => l.NameAsWritten)
            .Select(l => new LeadLine(
                l.Id,
                l.NameAsWritten,
                l.PersonId,
                l.Person == null ? null : l.Person.Name
            ))
            .ToListAsync(ct);
        var actions = await db
            .Actions.Where(a => a.PlanAreaId == id)
            .Select(a => new ActionLine(a.Id, a.Ref, a.Description, a.CurrentRag))
            .ToListAsync(ct);
        Actions =
        [
            .. actions.OrderBy(
                a => a.Ref,
                StringComparer.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.CompareOptions.NumericOrdering
                )
            ),
        ];
        return Page();
    }
}
