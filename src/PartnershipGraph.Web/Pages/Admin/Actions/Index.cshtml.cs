using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>The actions the user may read: search, filter by plan, plan area and RAG, sort and page.</summary>
public sealed class IndexModel(IActorAccessor actors, PartnershipDbContext db)
    : AdminPageModel(actors)
{
    private static readonly ListDefinition<ActionRow> Definition = new ListDefinition<ActionRow>(
        r => r.Id
    )
        .SearchIn(
            "Reference, title, description or plan area",
            r => r.Ref,
            r => r.Name,
            r => r.Area
        )
        .SortBy("area", r => r.AreaNumber)
        .SortBy("ref", r => r.Ref)
        .SortBy("name", r => r.Name)
        .SortBy("plan", r => r.Plan)
        .SortBy("rag", r => r.Rag)
        .SortBy("due", r => r.Due);

    /// <summary>The page of actions.</summary>
    public ListPage<ActionRow> List { get; private set; } = null!;

    public async Task OnGetAsync(
        ListQuery list,
        Guid? plan,
        Guid? area,
        Rag? rag,
        CancellationToken ct
    )
    {
        var rows =
            from a in db.Actions.Where(ReadAccess.Actions(Actor))
            join pa in db.PlanAreas on a.PlanAreaId equals pa.Id
            join p in db.Plans on pa.PlanId equals p.Id
            where (plan == null || p.Id == plan) && (area == null || pa.Id == area)
            where rag == null || a.CurrentRag == rag
            select new ActionRow
            {
                Id = a.Id,
                Ref = a.Ref,
                Name = a.Title ?? a.Description,
                Plan = p.Title,
                AreaNumber = pa.Number,
                Area = pa.Title,
                Rag = a.CurrentRag,
                Due = a.DueDate == null ? null : a.DueDate.End,
                DueText = a.DueDate == null ? null : a.DueDate.Text,
            };
        var plans = await AdminLookups.PlansAsync(db, Actor, ct);
        var areas = await (
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
                new ListFilter("area", "Plan area", areas, area?.ToString()),
                ListFilter.ForEnum(
                    "rag",
                    "RAG",
                    rag,
                    PartnershipGraph.Web.Pages.Shared.RagDisplay.Label
                ),
            ],
            ct
        );
    }
}
