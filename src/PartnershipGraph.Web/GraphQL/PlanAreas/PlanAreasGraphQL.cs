using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.PlanAreas;

/// <summary>Registers plan areas and their leads: the <c>PlanArea</c> and <c>AreaLead</c> types and the <c>planAreas</c> connection.</summary>
public static class PlanAreasGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "PlanArea",
                o =>
                    o.Description("An area of weakness or priority of a plan.")
                        .GlobalIdField<PlanArea>("PlanArea", a => a.Id)
                        .Field("number", "Int!")
                        .Description("The area's number within its plan.")
                        .Field("title", "String!")
                        .Description("The area's title.")
                        .Field("weaknessStatement", "String")
                        .Description("The weakness the area answers, as stated by the inspection.")
                        .Field("endOutcome", "String")
                        .Description("The outcome the area works towards.")
                        .Field("status", "PlanAreaStatus!")
                        .Description("Whether the area is active or stepped down.")
                        .Field("steppedDownOn", "Date")
                        .Description("When the area was stepped down, if it was.")
                        .Field("stepDownReason", "String")
                        .Description("Why the area was stepped down, if it was.")
                        .Field("plan", "Plan")
                        .Description("The plan the area belongs to.")
            )
            .CollectionField<PlanArea, PlanAction>(
                "PlanArea",
                "actions",
                a => a.Actions,
                f => f.Description("The area's actions.").UseFiltering().UseSorting()
            )
            .CollectionField<PlanArea, PlanAreaLead>(
                "PlanArea",
                "leads",
                a => a.Leads,
                f => f.Description("The people who lead the area.")
            )
            .Object(
                "AreaLead",
                o =>
                    o.Description("A lead of a plan area, as written in the plan.")
                        .Field("nameAsWritten", "String!")
                        .Description("The lead's name as written in the plan.")
                        .Field("person", "Person")
                        .Description("The named person, when the lead is known.")
                        .Field("area", "PlanArea")
                        .Description("The area led.")
            )
            .DataField<PlanArea>(
                "Query",
                "planAreas",
                c => c.Db().PlanAreas.Where(ReadAccess.PlanAreas(c.Actor())),
                f =>
                    f.Description("The plan areas the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
