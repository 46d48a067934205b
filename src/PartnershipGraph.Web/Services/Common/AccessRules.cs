using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Every rule on who may read and change what, in one place.</summary>
/// <remarks>
/// Admins change everything in their local-area scope; area leads change only the actions and KPIs of areas they
/// lead and the actions they are responsible for; board members, partners and anonymous callers change nothing.
/// </remarks>
public static class AccessRules
{
    /// <summary>True when the actor may read the plan: in scope, and published unless the role reads unpublished plans.</summary>
    public static bool CanRead(Actor actor, ImprovementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(plan);
        return actor.CanSee(plan.LocalAreaId) && (plan.IsPublished || actor.ReadsUnpublished);
    }

    /// <summary>The <see cref="CanRead"/> rule as a filter a query can translate to SQL.</summary>
    public static Expression<Func<ImprovementPlan, bool>> ReadablePlans(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var localAreaId = actor.LocalAreaId;
        var unpublished = actor.ReadsUnpublished;
        return plan =>
            (localAreaId == null || plan.LocalAreaId == localAreaId)
            && (unpublished || plan.IsPublished);
    }

    /// <summary>Refuses roles that change nothing, before anything else is looked at.</summary>
    public static ForbiddenError? CheckMayWrite(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is Role.Admin or Role.AreaLead
            ? null
            : new ForbiddenError($"The {actor.Role} role may read but not change anything.");
    }

    /// <summary>Allows only an administrator whose scope includes the local area.</summary>
    public static ForbiddenError? CheckAdministers(Actor actor, Guid localAreaId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.Admin)
        {
            return new ForbiddenError("Only an administrator may make this change.");
        }
        return actor.CanSee(localAreaId) ? null : OutOfScope();
    }

    /// <summary>Allows an administrator in scope, or an area lead who leads the action's area or is responsible for the action.</summary>
    public static async Task<ForbiddenError?> CheckChangesActionAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid localAreaId,
        Guid planAreaId,
        Guid actionId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        if (actor.Role != Role.AreaLead)
        {
            return CheckAdministers(actor, localAreaId);
        }
        if (!actor.CanSee(localAreaId))
        {
            return OutOfScope();
        }
        return await LeadsOrIsResponsibleAsync(db, actor.PersonId, planAreaId, actionId, ct)
            ? null
            : new ForbiddenError(
                "An area lead may change only actions in areas they lead or actions they are responsible for."
            );
    }

    /// <summary>Allows an administrator in scope, or an area lead who leads the KPI's area or may change the action it measures.</summary>
    public static async Task<ForbiddenError?> CheckChangesKpiAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid localAreaId,
        Guid? planAreaId,
        Guid? actionId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        if (actor.Role != Role.AreaLead)
        {
            return CheckAdministers(actor, localAreaId);
        }
        if (!actor.CanSee(localAreaId))
        {
            return OutOfScope();
        }
        var personId = actor.PersonId;
        if (planAreaId is { } areaId && await LeadsAsync(db, personId, areaId, ct))
        {
            return null;
        }
        if (actionId is { } id)
        {
            var actionAreaId = await db
                .Actions.Where(a => a.Id == id)
                .Select(a => (Guid?)a.PlanAreaId)
                .SingleOrDefaultAsync(ct);
            if (
                actionAreaId is { } actionArea
                && await LeadsOrIsResponsibleAsync(db, personId, actionArea, id, ct)
            )
            {
                return null;
            }
        }
        return new ForbiddenError(
            "An area lead may change only KPIs of areas they lead or of actions they may change."
        );
    }

    private static async Task<bool> LeadsOrIsResponsibleAsync(
        PartnershipDbContext db,
        Guid? personId,
        Guid planAreaId,
        Guid actionId,
        CancellationToken ct
    ) =>
        await LeadsAsync(db, personId, planAreaId, ct)
        || (
            personId is not null
            && await db.ActionResponsibles.AnyAsync(
                r => r.ActionId == actionId && r.PersonId == personId,
                ct
            )
        );

    private static async Task<bool> LeadsAsync(
        PartnershipDbContext db,
        Guid? personId,
        Guid planAreaId,
        CancellationToken ct
    ) =>
        personId is not null
        && await db.PlanAreaLeads.AnyAsync(
            l => l.PlanAreaId == planAreaId && l.PersonId == personId,
            ct
        );

    private static ForbiddenError OutOfScope() =>
        new("The record belongs to a local area outside your scope.");
}
