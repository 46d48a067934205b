using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.GraphQL.PlanAreas;

/// <summary>Registers the <c>createPlanArea</c>, <c>updatePlanArea</c> and <c>deletePlanArea</c> mutations.</summary>
public static class PlanAreaCrudMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<PlanArea, PlanAreaInput, PlanAreaService>(
            builder,
            "PlanArea",
            "plan area",
            [
                new("planId", "ID!", "The global ID of the plan the area belongs to."),
                new("number", "Int!", "The area's number within its plan, 1 or more."),
                new("title", "String!", "The area's title, of at most 300 characters."),
                new("weaknessStatement", "String", "The weakness the area addresses, as written."),
                new("endOutcome", "String", "The outcome the area aims for, as written."),
            ],
            r => new PlanAreaInput(
                r.Id("planId", "Plan"),
                r.Int("number") ?? 0,
                r.String("title") ?? "",
                r.String("weaknessStatement"),
                r.String("endOutcome")
            ),
            addVersionField: false
        );
}
