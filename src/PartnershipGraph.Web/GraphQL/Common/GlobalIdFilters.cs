using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Data;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Makes the <c>id</c> filters of the Node types (<c>where: { id: { eq: … } }</c>) take the global IDs the <c>id</c> fields show.</summary>
public static class GlobalIdFilters
{
    /// <summary>Adds the conversions to the conventions.</summary>
    public static void Configure(DataConventions conventions)
    {
        Id<LocalArea>(conventions, "LocalArea");
        Id<Organisation>(conventions, "Organisation");
        Id<Person>(conventions, "Person");
        Id<PartnershipBoard>(conventions, "Board");
        Id<School>(conventions, "School");
        Id<ImprovementPlan>(conventions, "Plan");
        Id<PlanArea>(conventions, "PlanArea");
        Id<PlanAction>(conventions, "Action");
        Id<Kpi>(conventions, "Kpi");
        Id<KpiMilestone>(conventions, "KpiMilestone");
    }

    /// <summary>The key in the global ID <paramref name="value"/> of a <paramref name="typeName"/>.</summary>
    /// <exception cref="FormatException">The value is not a global ID, or is one of another type.</exception>
    public static Guid Decode(object value, string typeName)
    {
        if (!GlobalId.TryDecode(value as string, out var named, out var id))
        {
            throw new FormatException($"\"{value}\" is not a valid global ID.");
        }
        return named == typeName
            ? id
            : throw new FormatException(
                $"\"{value}\" is the global ID of a {named}, not of a {typeName}."
            );
    }

    private static void Id<T>(DataConventions conventions, string typeName)
        where T : Entity =>
        conventions.Type<T>(t => t.FilterAs(x => x.Id, "ID", v => Decode(v, typeName)));
}
