using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Organisations;

/// <summary>One organisation and its people.</summary>
public sealed class DetailsModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<ListOption> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db
            .Organisations.Where(ReadAccess.Organisations(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }
        Organisation = organisation;
        People = await db
            .People.Where(p => p.OrganisationId == id)
            .OrderBy(p => p.Name)
            .Select(p => new KeyedName(p.Id, p.Name))
            .ToOptionsAsync(ct);
        return Page();
    }
}
