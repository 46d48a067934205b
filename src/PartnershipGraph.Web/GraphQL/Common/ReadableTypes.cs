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
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Gives every entity type its <see cref="ReadAccess"/> filter in the data conventions, so that a list leading to
/// it from another object (a board's <c>monitoredPlans</c>, a person's <c>responsibilities</c>, …) shows, and a list filter
/// over it sees, only the rows the caller may read.</summary>
public static class ReadableTypes
{
    /// <summary>Adds the filters to the conventions.</summary>
    public static void Configure(DataConventions conventions)
    {
        Readable(conventions, ReadAccess.LocalAreas);
        Readable(conventions, ReadAccess.Organisations);
        Readable(conventions, ReadAccess.People);
        Readable(conventions, ReadAccess.Boards);
        Readable(conventions, ReadAccess.Schools);
        Readable(conventions, ReadAccess.Plans);
        Readable(conventions, ReadAccess.PlanAreas);
        Readable(conventions, ReadAccess.Actions);
        Readable(conventions, ReadAccess.Kpis);
        Readable(conventions, ReadAccess.KpiMilestones);
        Readable(conventions, ReadAccess.AreaLeads);
        Readable(conventions, ReadAccess.ActionResponsibles);
        Readable(conventions, ReadAccess.SchoolActionRoles);
    }

    // An actor bound to no local area who reads unpublished plans reads everything: no filter, so no extra joins.
    private static void Readable<T>(
        DataConventions conventions,
        Func<Actor, Expression<Func<T, bool>>> filter
    ) =>
        conventions.Type<T>(t =>
            t.Readable(c =>
                c.Actor() is { LocalAreaId: null, ReadsUnpublished: true }
                    ? null
                    : filter(c.Actor())
            )
        );
}
