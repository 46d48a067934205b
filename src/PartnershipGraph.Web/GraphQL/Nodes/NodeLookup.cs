using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Nodes;

/// <summary>Reads objects by global ID through the same access filters as the connections, so a node never shows what a field hides.</summary>
public static class NodeLookup
{
    private static readonly Dictionary<
        string,
        Func<PartnershipDbContext, Actor, Guid[], CancellationToken, Task<List<Entity>>>
    > Readers = new(StringComparer.Ordinal)
    {
        ["LocalArea"] = (db, a, ids, ct) => Find(db.LocalAreas, ReadAccess.LocalAreas(a), ids, ct),
        ["Organisation"] = (db, a, ids, ct) =>
            Find(db.Organisations, ReadAccess.Organisations(a), ids, ct),
        ["Person"] = (db, a, ids, ct) => Find(db.People, ReadAccess.People(a), ids, ct),
        ["Board"] = (db, a, ids, ct) => Find(db.Boards, ReadAccess.Boards(a), ids, ct),
        ["School"] = (db, a, ids, ct) => Find(db.Schools, ReadAccess.Schools(a), ids, ct),
        ["Plan"] = (db, a, ids, ct) => Find(db.Plans, ReadAccess.Plans(a), ids, ct),
        ["PlanArea"] = (db, a, ids, ct) => Find(db.PlanAreas, ReadAccess.PlanAreas(a), ids, ct),
        ["Action"] = (db, a, ids, ct) => Find(db.Actions, ReadAccess.Actions(a), ids, ct),
        ["Kpi"] = (db, a, ids, ct) => FindKpi(db, a, ids, ct),
        ["KpiMilestone"] = (db, a, ids, ct) =>
            Find(db.KpiMilestones, ReadAccess.KpiMilestones(a), ids, ct),
    };

    /// <summary>The object with the global ID <paramref name="globalId"/> if the caller may read it, else null.</summary>
    /// <exception cref="GraphQLError">The ID is malformed or names a type that has no global IDs.</exception>
    public static async Task<object?> ReadAsync(IResolverContext context, string? globalId) =>
        (await ReadManyAsync(context, [globalId]))[0];

    /// <summary>The objects with the global IDs, in order, null where the caller may not read one: one query per type named.</summary>
    /// <exception cref="GraphQLError">An ID is malformed or names a type that has no global IDs.</exception>
    public static async Task<List<object?>> ReadManyAsync(
        IResolverContext context,
        IReadOnlyList<string?> globalIds
    )
    {
        var keys = globalIds.Select(Decode).ToList();
        var found = new Dictionary<(string, Guid), Entity>();
        foreach (var group in keys.GroupBy(k => k.TypeName, k => k.Id))
        {
            var rows = await Readers[group.Key]
                (context.Db(), context.Actor(), [.. group.Distinct()], context.CancellationToken);
            foreach (var row in rows)
            {
                found[(group.Key, row.Id)] = row;
            }
        }
        return [.. keys.Select(k => (object?)found.GetValueOrDefault(k))];
    }

    private static (string TypeName, Guid Id) Decode(string? globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
        {
            throw new GraphQLError($"\"{globalId}\" is not a valid global ID.");
        }
        if (!Readers.ContainsKey(typeName))
        {
            throw new GraphQLError(
                $"The global ID \"{globalId}\" names the type \"{typeName}\", which has no global IDs."
            );
        }
        return (typeName, id);
    }

    private static async Task<List<Entity>> Find<T>(
        IQueryable<T> set,
        Expression<Func<T, bool>> readable,
        Guid[] ids,
        CancellationToken ct
    )
        where T : Entity =>
        [
            .. await set.AsNoTracking()
                .Where(readable)
                .Where(e => ids.Contains(e.Id))
                .ToListAsync(ct),
        ];

    // The computed progress fields read a KPI's milestones and actuals, so a node loads them too.
    private static async Task<List<Entity>> FindKpi(
        PartnershipDbContext db,
        Actor actor,
        Guid[] ids,
        CancellationToken ct
    ) =>
        [
            .. await db
                .Kpis.AsNoTracking()
                .Include(k => k.Milestones)
                .Include(k => k.Actuals)
                .Where(ReadAccess.Kpis(actor))
                .Where(k => ids.Contains(k.Id))
                .ToListAsync(ct),
        ];
}
