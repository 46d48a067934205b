using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>The readable actions counted by area, plan, board, local area and RAG: read once per request in one SQL query,
/// then shared by every <c>ragSummary</c> field, so summaries never cost a query per row.</summary>
public sealed class RagCounts
{
    private const string ItemKey = "PartnershipGraph.RagCounts";

    private readonly List<Row> _rows;

    private RagCounts(List<Row> rows) => _rows = rows;

    /// <summary>The request's counts, read on first use.</summary>
    public static Task<RagCounts> OfRequestAsync(IResolverContext context)
    {
        var items = context.ContextItems;
        Lazy<Task<RagCounts>> lazy;
        lock (items)
        {
            if (
                items.TryGetValue(ItemKey, out var found) && found is Lazy<Task<RagCounts>> existing
            )
            {
                lazy = existing;
            }
            else
            {
                lazy = new Lazy<Task<RagCounts>>(() => LoadAsync(context));
                items[ItemKey] = lazy;
            }
        }
        return lazy.Value;
    }

    /// <summary>The summary of the rows that <paramref name="predicate"/> keeps.</summary>
    public RagSummary Summarise(Func<Row, bool> predicate) =>
        RagSummary.Of(_rows.Where(predicate).Select(r => (r.Rag, r.Count)));

    private static async Task<RagCounts> LoadAsync(IResolverContext context)
    {
        var rows = await context
            .Db()
            .Actions.Where(ReadAccess.Actions(context.Actor()))
            .GroupBy(a => new
            {
                a.PlanAreaId,
                a.Area!.PlanId,
                a.Area.Plan!.MonitoringBoardId,
                a.Area.Plan.LocalAreaId,
                a.CurrentRag,
            })
            .Select(g => new Row(
                g.Key.PlanAreaId,
                g.Key.PlanId,
                g.Key.MonitoringBoardId,
                g.Key.LocalAreaId,
                g.Key.CurrentRag,
                g.Count()
            ))
            .ToListAsync(context.CancellationToken);
        return new RagCounts(rows);
    }

    /// <summary>How many actions of one area have one RAG.</summary>
    public sealed record Row(
        Guid PlanAreaId,
        Guid PlanId,
        Guid? BoardId,
        Guid LocalAreaId,
        Rag Rag,
        int Count
    );
}
