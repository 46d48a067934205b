using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL;
using PartnershipGraph.GraphQL.Data.Projection;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Nodes;

/// <summary>Reads objects by global ID through the same access filters as the connections, so a node never shows what a field hides.</summary>
public static class NodeLookup
{
    private static readonly Dictionary<
        string,
        Func<IResolverContext, PartnershipDbContext, Actor, Guid[], Task<List<Entity>>>
    > Readers = new(StringComparer.Ordinal)
    {
        ["LocalArea"] = (c, db, a, ids) =>
            Find(c, "LocalArea", db.LocalAreas, ReadAccess.LocalAreas(a), ids),
        ["Organisation"] = (c, db, a, ids) =>
            Find(c, "Organisation", db.Organisations, ReadAccess.Organisations(a), ids),
        ["Person"] = (c, db, a, ids) => Find(c, "Person", db.People, ReadAccess.People(a), ids),
        ["Board"] = (c, db, a, ids) => Find(c, "Board", db.Boards, ReadAccess.Boards(a), ids),
        ["School"] = (c, db, a, ids) => Find(c, "School", db.Schools, ReadAccess.Schools(a), ids),
        ["Plan"] = (c, db, a, ids) => Find(c, "Plan", db.Plans, ReadAccess.Plans(a), ids),
        ["PlanArea"] = (c, db, a, ids) =>
            Find(c, "PlanArea", db.PlanAreas, ReadAccess.PlanAreas(a), ids),
        ["Action"] = (c, db, a, ids) => Find(c, "Action", db.Actions, ReadAccess.Actions(a), ids),
        ["Kpi"] = (c, db, a, ids) => Find(c, "Kpi", db.Kpis, ReadAccess.Kpis(a), ids),
        ["KpiMilestone"] = (c, db, a, ids) =>
            Find(c, "KpiMilestone", db.KpiMilestones, ReadAccess.KpiMilestones(a), ids),
    };

    /// <summary>The object with the global ID <paramref name="globalId"/> if the caller may read it, else null.</summary>
    /// <exception cref="GraphQLError">The ID is malformed or names a type that has no global IDs.</exception>
    public static async Task<object?> ReadAsync(IResolverContext context, string? globalId) =>
        (await ReadManyAsync(context, [globalId]))[0] switch
        {
            GraphQLError error => throw error,
            var node => node,
        };

    /// <summary>The objects with the global IDs, in order, null where the caller may not read one: one query per type named.</summary>
    /// <remarks>Where an ID is malformed or names a type that has no global IDs, the list holds the <see cref="GraphQLError"/>
    /// saying so, which the executor reports at that index with a null in its place.</remarks>
    public static async Task<List<object?>> ReadManyAsync(
        IResolverContext context,
        IReadOnlyList<string?> globalIds
    )
    {
        var keys = globalIds.Select(Decode).ToList();
        var found = new Dictionary<(string, Guid), Entity>();
        foreach (var group in keys.Where(k => k.Error is null).GroupBy(k => k.TypeName, k => k.Id))
        {
            var rows = await Readers[group.Key]
                (context, context.Db(), context.Actor(), [.. group.Distinct()]);
            foreach (var row in rows)
            {
                found[(group.Key, row.Id)] = row;
            }
        }
        return
        [
            .. keys.Select(k => k.Error ?? (object?)found.GetValueOrDefault((k.TypeName, k.Id))),
        ];
    }

    private static (string TypeName, Guid Id, GraphQLError? Error) Decode(string? globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
        {
            return ("", id, new GraphQLError($"\"{globalId}\" is not a valid global ID."));
        }
        return Readers.ContainsKey(typeName)
            ? (typeName, id, null)
            : (
                typeName,
                id,
                new GraphQLError(
                    $"The global ID \"{globalId}\" names the type \"{typeName}\", which has no global IDs."
                )
            );
    }

    // Projected like a connection's nodes, so the fragment's nested lists and computed fields read what they need.
    private static async Task<List<Entity>> Find<T>(
        IResolverContext context,
        string typeName,
        IQueryable<T> set,
        Expression<Func<T, bool>> readable,
        Guid[] ids
    )
        where T : Entity
    {
        var query = set.AsNoTracking().Where(readable).Where(e => ids.Contains(e.Id));
        if (
            context.Schema.GetType(typeName) is ObjectType type
            && ProjectionBuilder.Build<T>(
                context,
                type,
                context.FieldNodes.Select(f => f.SelectionSet)
            )
                is { } projection
        )
        {
            query = query.Select(projection);
        }
        return [.. await query.ToListAsync(context.CancellationToken)];
    }
}
