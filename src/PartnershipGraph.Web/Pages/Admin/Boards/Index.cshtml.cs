using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>The boards the user may read: search, filter current or replaced, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<BoardRow> Definition = new ListDefinition<BoardRow>(r =>
        r.Id
    )
        .SearchIn(
            "Name, short name or the board it reports to",
            r => r.Name,
            r => r.ShortName,
            r => r.ReportsTo
        )
        .SortBy("name", r => r.Name)
        .SortBy("shortName", r => r.ShortName)
        .SortBy("reportsTo", r => r.ReportsTo)
        .SortBy("cadence", r => r.MeetingCadence)
        .SortBy("members", r => r.Members, descendingFirst: true);

    private static readonly IReadOnlyList<ListOption> Statuses =
    [
        new("current", "Current"),
        new("replaced", "Replaced"),
    ];

    public ListPage<BoardRow> List { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery list, string? status, CancellationToken ct)
    {
        bool? replaced = status switch
        {
            "current" => false,
            "replaced" => true,
            _ => null,
        };
        var rows =
            from b in db.Boards.Where(ReadAccess.Boards(Actor))
            where replaced == null || (b.ReplacedByBoardId != null) == replaced
            select new BoardRow
            {
                Id = b.Id,
                Name = b.Name,
                ShortName = b.ShortName,
                ReportsTo = b.ParentBoard == null ? null : b.ParentBoard.Name,
                MeetingCadence = b.MeetingCadence,
                Members = b.Memberships.Count,
                IsReplaced = b.ReplacedByBoardId != null,
            };
        List = await Definition.ToPageAsync(
            rows,
            list,
            [new ListFilter("status", "Status", Statuses, replaced is null ? null : status)],
            ct
        );
    }
}
