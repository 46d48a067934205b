using PartnershipGraph.Data;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>The schools the user may read: search, filter by phase and type, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<SchoolRow> Definition = new ListDefinition<SchoolRow>(
        r => r.Id
    )
        .SearchIn(
            "Name, URN, trust or locality",
            r => r.Name,
            r => r.Urn,
            r => r.Trust,
            r => r.Locality
        )
        .SortBy("name", r => r.Name)
        .SortBy("urn", r => r.Urn)
        .SortBy("phase", r => r.Phase)
        .SortBy("type", r => r.Type)
        .SortBy("trust", r => r.Trust)
        .SortBy("locality", r => r.Locality);

    /// <summary>The page of schools.</summary>
    public ListPage<SchoolRow> List { get; private set; } = null!;

    public async Task OnGetAsync(
        ListQuery list,
        SchoolPhase? phase,
        SchoolType? type,
        CancellationToken ct
    )
    {
        var rows =
            from s in db.Schools.Where(ReadAccess.Schools(Actor))
            join o in db.Organisations on s.TrustOrganisationId equals o.Id into trusts
            from t in trusts.DefaultIfEmpty()
            where (phase == null || s.Phase == phase) && (type == null || s.Type == type)
            select new SchoolRow
            {
                Id = s.Id,
                Name = s.Name,
                Urn = s.Urn,
                Phase = s.Phase,
                Type = s.Type,
                Trust = t == null ? null : t.Name,
                Locality = s.Locality,
            };
        List = await Definition.ToPageAsync(
            rows,
            list,
            [ListFilter.ForEnum("phase", "Phase", phase), ListFilter.ForEnum("type", "Type", type)],
            ct
        );
    }
}
