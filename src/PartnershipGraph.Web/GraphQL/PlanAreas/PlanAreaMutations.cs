using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.GraphQL.PlanAreas;

/// <summary>Registers the <c>stepDownPlanArea</c> mutation: an area leaving active monitoring.</summary>
public static class PlanAreaMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .VersionField("PlanArea", "area", "a change")
            .InputObject(
                "StepDownPlanAreaInput",
                i =>
                    i.Description("The step-down of a plan area from active monitoring.")
                        .Field(
                            "planAreaId",
                            "ID!",
                            f => f.Description("The global ID of the area to step down.")
                        )
                        .Field(
                            "date",
                            "Date!",
                            f => f.Description("The date the area was stepped down.")
                        )
                        .Field(
                            "reason",
                            "String!",
                            f => f.Description("Why the area was stepped down.")
                        )
                        .Field(
                            "expectedVersion",
                            "Int!",
                            f =>
                                f.Description(
                                    "The version of the area the change is based on; a newer stored version refuses it."
                                )
                        )
            )
            .Object(
                "StepDownPlanAreaPayload",
                o =>
                    o.Description("The outcome of stepping a plan area down.")
                        .Field(
                            "planArea",
                            "PlanArea",
                            MutationPayloads.ReadNode<StepDownPlanAreaPayload>(
                                "PlanArea",
                                p => p.PlanArea?.Id
                            )
                        )
                        .Description("The area after the step-down; null when it was refused.")
                        .Field("errors", "[StepDownPlanAreaError!]")
                        .Description("Why the step-down was refused; null when it succeeded.")
            )
            .ErrorUnion("StepDownPlanAreaError", "stepDownPlanArea")
            .InputMutation(
                "stepDownPlanArea",
                "Steps a plan area down from active monitoring.",
                "The area, the date and the reason.",
                StepDownAsync
            );

    private static async Task<StepDownPlanAreaPayload> StepDownAsync(IResolverContext context)
    {
        var input = context.Argument<StepDownPlanAreaInput>("input")!;
        var id = MutationInputs.DecodeId(input.PlanAreaId, "PlanArea", "planAreaId");
        if (!id.Succeeded)
        {
            return new(null, id.Errors);
        }
        var result = await context
            .Services.GetRequiredService<PlanAreaService>()
            .StepDownAsync(
                context.Actor(),
                id.Value,
                input.Date,
                input.Reason,
                input.ExpectedVersion,
                context.CancellationToken
            );
        return result.Succeeded ? new(result.Value, null) : new(null, result.Errors);
    }

    /// <summary>The input of <c>stepDownPlanArea</c>.</summary>
    public sealed record StepDownPlanAreaInput(
        string PlanAreaId,
        DateOnly Date,
        string Reason,
        int ExpectedVersion
    );

    /// <summary>The payload of <c>stepDownPlanArea</c>.</summary>
    public sealed record StepDownPlanAreaPayload(
        PlanArea? PlanArea,
        IReadOnlyList<ServiceError>? Errors
    );
}
