using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>The KPIs the user may read: search, filter by plan, plan area and direction, sort and page.</summary>
/// <remarks>The progress RAG is computed from milestones and actuals, not stored, so it is shown on each KPI's page rather than filtered on here.</remarks>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<KpiRow> Definition = new ListDefinition<KpiRow>(r =>
        r.Id
    )
        .SearchIn(
            "Reference, description, plan area or action",
            r => r.Ref,
            r => r.Description,
            r => r.Area,
            r => r.ActionRef
        )
        .SortBy("ref", r => r.Ref)
        .SortBy("description", r => r.Description)
        .SortBy("plan", r => r.Plan)
        .SortBy("area", r => r.Area)
        .SortBy("direction", r => r.Direction);

    /// <summary>The page of KPIs.</summary>
    public ListPage<KpiRow> List { get; private set; } = null!;

    public async Task OnGetAsync(
        ListQuery list,
        Guid? plan,
        Guid? area,
        KpiDirection? direction,
        CancellationToken ct
    )
    {
        var rows =
            from k in db.Kpis.Where(ReadAccess.Kpis(Actor))
            join p in db.Plans on k.PlanId equals p.Id
            join pa in db.PlanAreas on k.PlanAreaId equals pa.Id into areas
            from pa in areas.DefaultIfEmpty()
            join a in db.Actions on k.ActionId equals a.Id into actions
            from a in actions.DefaultIfEmpty()
            where (plan == null || p.Id == plan) && (area == null || k.PlanAreaId == area)
            where direction == null || k.Direction == direction
            select new KpiRow
            {
                Id = k.Id,
                Ref = k.Ref,
                Description = k.Description,
                Plan = p.Title,
                Area = pa == null ? null : pa.Number + ". " + pa.Title,
                ActionRef = a == null ? null : a.Ref,
                Direction = k.Direction,
                Unit = k.Unit,
            };
        var plans = await AdminLookups.PlansAsync(db, Actor, ct);
        var areaOptions = await (
            from pa in db.PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            join p in db.Plans on pa.PlanId equals p.Id
            where plan == null || p.Id == plan
            orderby p.Title, pa.Number
            select new ListOption(pa.Id.ToString(), p.Title + " · " + pa.Number + ". " + pa.Title)
        ).ToListAsync(ct);
        List = await Definition.ToPageAsync(
            rows,
            list,
            [
                new ListFilter("plan", "Plan", plans, plan?.ToString()),
                new ListFilter("area", "Plan area", areaOptions, area?.ToString()),
                ListFilter.ForEnum("direction", "Direction", direction, KpiText.Direction),
            ],
            ct
        );
    }
}
