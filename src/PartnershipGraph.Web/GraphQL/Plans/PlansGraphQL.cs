using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Plans;

/// <summary>Registers improvement plans: the <c>Plan</c> type and the <c>plans</c> connection.</summary>
public static class PlansGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Plan",
                o =>
                    o.Description("An improvement plan or strategy of a local area.")
                        .GlobalIdField<ImprovementPlan>("Plan", p => p.Id)
                        .Field("title", "String!")
                        .Description("The plan's title.")
                        .Field("kind", "PlanKind!")
                        .Description("The kind of plan.")
                        .Field("triggerType", "String")
                        .Description("What triggered the plan, such as an inspection.")
                        .Field("triggerDescription", "String")
                        .Description("The trigger described in words.")
                        .Field("triggerDate", "PartialDate")
                        .Description("When the plan was triggered.")
                        .Field("areaLabel", "String!")
                        .Description(
                            "What the plan calls its areas, such as \"Area of serious weakness\"."
                        )
                        .Field("isPublished", "Boolean!")
                        .Description("Whether the plan is published to partners.")
                        .Field("monitoringBoard", "Board")
                        .Description("The board that monitors the plan.")
            )
            .CollectionField<ImprovementPlan, PlanArea>(
                "Plan",
                "areas",
                p => p.Areas,
                f =>
                    f.Description("The plan's areas of weakness or priority.")
                        .UseFiltering()
                        .UseSorting()
            )
            .DataField<ImprovementPlan>(
                "Query",
                "plans",
                c => c.Db().Plans.Where(ReadAccess.Plans(c.Actor())),
                f =>
                    f.Description("The improvement plans the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
