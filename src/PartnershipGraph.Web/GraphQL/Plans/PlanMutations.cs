using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Plans;

namespace PartnershipGraph.Web.GraphQL.Plans;

/// <summary>Registers the administrator's <c>createPlan</c>, <c>updatePlan</c> and <c>deletePlan</c> mutations.</summary>
public static class PlanMutations
{
    private const string DefaultAreaLabel = "Area of serious weakness";

    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<ImprovementPlan, PlanInput, PlanService>(
            builder,
            "Plan",
            "plan",
            [
                new("localAreaId", "ID!", "The global ID of the local area the plan belongs to."),
                new("title", "String!", "The plan's title, of at most 300 characters."),
                new("kind", "PlanKind!", "The kind of plan."),
                new("triggerType", "String", "What triggered the plan, such as an inspection."),
                new("triggerDescription", "String", "The trigger described in words."),
                new(
                    "triggerDate",
                    "String",
                    "When the plan was triggered, as written, such as \"May 22\"."
                ),
                new(
                    "monitoringBoardId",
                    "ID",
                    "The global ID of the board that monitors the plan, when one does."
                ),
                new(
                    "areaLabel",
                    "String",
                    $"What the plan calls its areas; \"{DefaultAreaLabel}\" when omitted."
                ),
                new(
                    "isPublished",
                    "Boolean",
                    "Whether the plan is published to partners; not published when omitted."
                ),
            ],
            r => new PlanInput(
                r.Id("localAreaId", "LocalArea"),
                r.String("title") ?? "",
                r.Enum("kind", default(PlanKind)),
                r.String("triggerType"),
                r.String("triggerDescription"),
                r.String("triggerDate"),
                r.OptionalId("monitoringBoardId", "Board"),
                r.String("areaLabel") ?? DefaultAreaLabel,
                r.Boolean("isPublished")
            )
        );
}
