using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.People;

/// <summary>The people the user may read: search, filter by organisation, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<PersonRow> Definition = new ListDefinition<PersonRow>(
        r => r.Id
    )
        .SearchIn(
            "Name, job title or organisation",
            r => r.Name,
            r => r.JobTitle,
            r => r.Organisation
        )
        .SortBy("name", r => r.Name)
        .SortBy("jobTitle", r => r.JobTitle)
        .SortBy("organisation", r => r.Organisation);

    public ListPage<PersonRow> List { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery list, Guid? organisation, CancellationToken ct)
    {
        var rows =
            from p in db.People.Where(ReadAccess.People(Actor))
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from org in orgs.DefaultIfEmpty()
            where organisation == null || p.OrganisationId == organisation
            select new PersonRow
            {
                Id = p.Id,
                Name = p.Name,
                JobTitle = p.JobTitle,
                Organisation = org == null ? null : org.Name,
            };
        var organisations = await AdminLookups.OrganisationsAsync(db, Actor, ct);
        List = await Definition.ToPageAsync(
            rows,
            list,
            [
                new ListFilter(
                    "organisation",
                    "Organisation",
                    organisations,
                    organisation?.ToString()
                ),
            ],
            ct
        );
    }
}
