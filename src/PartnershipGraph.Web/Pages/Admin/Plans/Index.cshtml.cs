using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Plans;

/// <summary>The plans the user may read (partners: published ones only): search, filter, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<PlanRow> Definition = new ListDefinition<PlanRow>(r =>
        r.Id
    )
        .SearchIn(
            "Title, local area or monitoring board",
            r => r.Title,
            r => r.LocalArea,
            r => r.MonitoringBoard
        )
        .SortBy("title", r => r.Title)
        .SortBy("kind", r => r.Kind)
        .SortBy("localArea", r => r.LocalArea)
        .SortBy("board", r => r.MonitoringBoard)
        .SortBy("areas", r => r.Areas, descendingFirst: true)
        .SortBy("published", r => r.IsPublished);

    private static readonly IReadOnlyList<ListOption> Publication =
    [
        new("true", "Published"),
        new("false", "Not published"),
    ];

    public ListPage<PlanRow> List { get; private set; } = null!;

    public async Task OnGetAsync(
        ListQuery list,
        PlanKind? kind,
        bool? published,
        CancellationToken ct
    )
    {
        var rows =
            from p in db.Plans.Where(ReadAccess.Plans(Actor))
            join a in db.LocalAreas on p.LocalAreaId equals a.Id
            where
                (kind == null || p.Kind == kind)
                && (published == null || p.IsPublished == published)
            select new PlanRow
            {
                Id = p.Id,
                Title = p.Title,
                Kind = p.Kind,
                LocalArea = a.Name,
                MonitoringBoard = p.MonitoringBoard == null ? null : p.MonitoringBoard.Name,
                Areas = p.Areas.Count,
                IsPublished = p.IsPublished,
            };
        List = await Definition.ToPageAsync(
            rows,
            list,
            [
                ListFilter.ForEnum("kind", "Kind", kind),
                new ListFilter(
                    "published",
                    "Publication",
                    Publication,
                    published?.ToString().ToLowerInvariant()
                ),
            ],
            ct
        );
    }
}
