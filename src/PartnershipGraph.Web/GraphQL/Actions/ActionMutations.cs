using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Actions;

/// <summary>Registers the <c>updateActionStatus</c> mutation: a progress update that sets an action's RAG.</summary>
public static class ActionMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .VersionField("Action", "action", "a change")
            .InputObject(
                "UpdateActionStatusInput",
                i =>
                    i.Description("A progress update for an action.")
                        .Field(
                            "actionId",
                            "ID!",
                            f => f.Description("The global ID of the action to update.")
                        )
                        .Field("rag", "Rag!", f => f.Description("The action's new RAG."))
                        .Field(
                            "narrative",
                            "String",
                            f =>
                                f.Description("The progress narrative, of at most 4000 characters.")
                        )
                        .Field(
                            "expectedVersion",
                            "Int!",
                            f =>
                                f.Description(
                                    "The version of the action the update is based on; a newer stored version refuses the update."
                                )
                        )
            )
            .Object(
                "UpdateActionStatusPayload",
                o =>
                    o.Description("The outcome of an action status update.")
                        .Field(
                            "action",
                            "Action",
                            MutationPayloads.ReadNode<UpdateActionStatusPayload>(
                                "Action",
                                p => p.Action?.Id
                            )
                        )
                        .Description("The action after the update; null when it was refused.")
                        .Field("update", "ActionUpdate")
                        .Description(
                            "The progress entry the update appended; null when it was refused."
                        )
                        .Field("errors", "[UpdateActionStatusError!]")
                        .Description("Why the update was refused; null when it succeeded.")
            )
            .ErrorUnion("UpdateActionStatusError", "updateActionStatus")
            .InputMutation(
                "updateActionStatus",
                "Appends a progress update to an action and makes its RAG the action's current RAG.",
                "The action, its new RAG and the update's narrative.",
                UpdateStatusAsync
            );

    private static async Task<UpdateActionStatusPayload> UpdateStatusAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateActionStatusInput>("input")!;
        var id = MutationInputs.DecodeId(input.ActionId, "Action", "actionId");
        if (!id.Succeeded)
        {
            return new(null, null, id.Errors);
        }
        var result = await context
            .Services.GetRequiredService<ActionService>()
            .UpdateStatusAsync(
                context.Actor(),
                id.Value,
                input.Rag,
                input.Narrative,
                input.ExpectedVersion,
                context.CancellationToken
            );
        return result.Succeeded
            ? new(result.Value.Action, result.Value.Update, null)
            : new(null, null, result.Errors);
    }

    /// <summary>The input of <c>updateActionStatus</c>.</summary>
    public sealed record UpdateActionStatusInput(
        string ActionId,
        Rag Rag,
        string? Narrative,
        int ExpectedVersion
    );

    /// <summary>The payload of <c>updateActionStatus</c>.</summary>
    public sealed record UpdateActionStatusPayload(
        PlanAction? Action,
        ActionUpdate? Update,
        IReadOnlyList<ServiceError>? Errors
    );
}
