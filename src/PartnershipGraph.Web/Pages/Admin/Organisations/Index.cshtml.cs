using PartnershipGraph.Data;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Organisations;

/// <summary>The organisations the user may read: search, filter by kind, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<OrganisationRow> Definition =
        new ListDefinition<OrganisationRow>(r => r.Id)
            .SearchIn("Name or short name", r => r.Name, r => r.ShortName)
            .SortBy("name", r => r.Name)
            .SortBy("shortName", r => r.ShortName)
            .SortBy("kind", r => r.Kind)
            .SortBy("people", r => r.People, descendingFirst: true);

    public ListPage<OrganisationRow> List { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery list, OrganisationKind? kind, CancellationToken ct)
    {
        var rows = db
            .Organisations.Where(ReadAccess.Organisations(Actor))
            .Where(o => kind == null || o.Kind == kind)
            .Select(o => new OrganisationRow
            {
                Id = o.Id,
                Name = o.Name,
                ShortName = o.ShortName,
                Kind = o.Kind,
                People = db.People.Count(p => p.OrganisationId == o.Id),
            });
        List = await Definition.ToPageAsync(
            rows,
            list,
            [ListFilter.ForEnum("kind", "Kind", kind)],
            ct
        );
    }
}
