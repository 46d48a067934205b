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
        Func<PartnershipDbContext, Actor, Guid, CancellationToken, Task<object?>>
    > Readers = new(StringComparer.Ordinal)
    {
        ["LocalArea"] = (db, a, id, ct) => Find(db.LocalAreas, ReadAccess.LocalAreas(a), id, ct),
        ["Organisation"] = (db, a, id, ct) =>
            Find(db.Organisations, ReadAccess.Organisations(a), id, ct),
        ["Person"] = (db, a, id, ct) => Find(db.People, ReadAccess.People(a), id, ct),
        ["Board"] = (db, a, id, ct) => Find(db.Boards, ReadAccess.Boards(a), id, ct),
        ["School"] = (db, a, id, ct) => Find(db.Schools, ReadAccess.Schools(a), id, ct),
        ["Plan"] = (db, a, id, ct) => Find(db.Plans, ReadAccess.Plans(a), id, ct),
        ["PlanArea"] = (db, a, id, ct) => Find(db.PlanAreas, ReadAccess.PlanAreas(a), id, ct),
        ["Action"] = (db, a, id, ct) => Find(db.Actions, ReadAccess.Actions(a), id, ct),
        ["Kpi"] = (db, a, id, ct) => FindKpi(db, a, id, ct),
        ["KpiMilestone"] = (db, a, id, ct) =>
            Find(db.KpiMilestones, ReadAccess.KpiMilestones(a), id, ct),
    };

    /// <summary>The object with the global ID <paramref name="globalId"/> if the caller may read it, else null.</summary>
    /// <exception cref="GraphQLError">The ID is malformed or names a type that has no global IDs.</exception>
    public static async Task<object?> ReadAsync(IResolverContext context, string? globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
        {
            throw new GraphQLError($"\"{globalId}\" is not a valid global ID.");
        }
        if (!Readers.TryGetValue(typeName, out var reader))
        {
            throw new GraphQLError(
                $"The global ID \"{globalId}\" names the type \"{typeName}\", which has no global IDs."
            );
        }
        return await reader(context.Db(), context.Actor(), id, context.CancellationToken);
    }

    private static async Task<object?> Find<T>(
        IQueryable<T> set,
        Expression<Func<T, bool>> readable,
        Guid id,
        CancellationToken ct
    )
        where T : Entity =>
        await set.AsNoTracking().Where(readable).FirstOrDefaultAsync(e => e.Id == id, ct);

    // The computed progress fields read a KPI's milestones and actuals, so a node loads them too.
    private static async Task<object?> FindKpi(
        PartnershipDbContext db,
        Actor actor,
        Guid id,
        CancellationToken ct
    ) =>
        await db
            .Kpis.AsNoTracking()
            .Include(k => k.Milestones)
            .Include(k => k.Actuals)
            .Where(ReadAccess.Kpis(actor))
            .FirstOrDefaultAsync(k => k.Id == id, ct);
}
