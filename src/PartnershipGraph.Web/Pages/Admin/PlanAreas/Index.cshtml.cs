using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>The areas of the plans the user may read: search, filter by plan and status, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<PlanAreaRow> Definition =
        new ListDefinition<PlanAreaRow>(r => r.Id)
            .SearchIn("Title or plan", r => r.Title, r => r.Plan)
            .SortBy("number", r => r.Number)
            .SortBy("plan", r => r.Plan)
            .SortBy("title", r => r.Title)
            .SortBy("status", r => r.Status)
            .SortBy("actions", r => r.Actions, descendingFirst: true);

    public ListPage<PlanAreaRow> List { get; private set; } = null!;

    public async Task OnGetAsync(
        ListQuery list,
        Guid? plan,
        PlanAreaStatus? status,
        CancellationToken ct
    )
    {
        var rows = db
            .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            .Where(a =>
                (plan == null || a.PlanId == plan) && (status == null || a.Status == status)
            )
            .Select(a => new PlanAreaRow
            {
                Id = a.Id,
                Plan = a.Plan!.Title,
                Number = a.Number,
                Title = a.Title,
                Status = a.Status,
                Actions = a.Actions.Count,
            });
        var plans = await AdminLookups.PlansAsync(db, Actor, ct);
        List = await Definition.ToPageAsync(
            rows,
            list,
            [
                new ListFilter("plan", "Plan", plans, plan?.ToString()),
                ListFilter.ForEnum("status", "Status", status),
            ],
            ct
        );
    }
}
