using System.Linq.Expressions;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>What an actor may read, as filters EF translates to SQL: their local area, and only published plans and
/// what hangs under them unless the role reads unpublished plans.</summary>
/// <remarks>The connections apply these to their sources; <see cref="ReadableTypes"/> applies them to every list that
/// leads to the type from another, in a selection or a filter.</remarks>
public static class ReadAccess
{
    /// <summary>The readable local areas.</summary>
    public static Expression<Func<LocalArea, bool>> LocalAreas(Actor actor)
    {
        var scope = actor.LocalAreaId;
        return x => scope == null || x.Id == scope;
    }

    /// <summary>The readable organisations.</summary>
    public static Expression<Func<Organisation, bool>> Organisations(Actor actor)
    {
        var scope = actor.LocalAreaId;
        return x => scope == null || x.LocalAreaId == scope;
    }

    /// <summary>The readable people.</summary>
    public static Expression<Func<Person, bool>> People(Actor actor)
    {
        var scope = actor.LocalAreaId;
        return x => scope == null || x.LocalAreaId == scope;
    }

    /// <summary>The readable boards.</summary>
    public static Expression<Func<PartnershipBoard, bool>> Boards(Actor actor)
    {
        var scope = actor.LocalAreaId;
        return x => scope == null || x.LocalAreaId == scope;
    }

    /// <summary>The readable schools.</summary>
    public static Expression<Func<School, bool>> Schools(Actor actor)
    {
        var scope = actor.LocalAreaId;
        return x => scope == null || x.LocalAreaId == scope;
    }

    /// <summary>The readable plans.</summary>
    public static Expression<Func<ImprovementPlan, bool>> Plans(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x => (scope == null || x.LocalAreaId == scope) && (all || x.IsPublished);
    }

    /// <summary>The readable plan areas.</summary>
    public static Expression<Func<PlanArea, bool>> PlanAreas(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x => (scope == null || x.Plan!.LocalAreaId == scope) && (all || x.Plan!.IsPublished);
    }

    /// <summary>The readable actions.</summary>
    public static Expression<Func<PlanAction, bool>> Actions(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x =>
            (scope == null || x.Area!.Plan!.LocalAreaId == scope)
            && (all || x.Area!.Plan!.IsPublished);
    }

    /// <summary>The readable KPIs.</summary>
    public static Expression<Func<Kpi, bool>> Kpis(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x => (scope == null || x.Plan!.LocalAreaId == scope) && (all || x.Plan!.IsPublished);
    }

    /// <summary>The readable KPI milestones.</summary>
    public static Expression<Func<KpiMilestone, bool>> KpiMilestones(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x =>
            (scope == null || x.Kpi!.Plan!.LocalAreaId == scope)
            && (all || x.Kpi!.Plan!.IsPublished);
    }

    /// <summary>The readable leads of plan areas.</summary>
    public static Expression<Func<PlanAreaLead, bool>> AreaLeads(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x =>
            (scope == null || x.Area!.Plan!.LocalAreaId == scope)
            && (all || x.Area!.Plan!.IsPublished);
    }

    /// <summary>The readable responsibilities for actions.</summary>
    public static Expression<Func<ActionResponsible, bool>> ActionResponsibles(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x =>
            (scope == null || x.Action!.Area!.Plan!.LocalAreaId == scope)
            && (all || x.Action!.Area!.Plan!.IsPublished);
    }

    /// <summary>The readable roles of schools in actions.</summary>
    public static Expression<Func<SchoolActionRole, bool>> SchoolActionRoles(Actor actor)
    {
        var (scope, all) = (actor.LocalAreaId, actor.ReadsUnpublished);
        return x =>
            (scope == null || x.Action!.Area!.Plan!.LocalAreaId == scope)
            && (all || x.Action!.Area!.Plan!.IsPublished);
    }
}
