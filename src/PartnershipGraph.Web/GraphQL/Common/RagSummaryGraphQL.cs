using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Registers the <c>RagSummary</c> type and the <c>ragSummary</c> fields of plans, areas, boards and local areas.</summary>
public static class RagSummaryGraphQL
{
    private const string FieldDescription =
        "How many of the readable actions under this object have each officer-set RAG.";

    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "RagSummary",
                o =>
                    o.Description("How many actions have each RAG.")
                        .Field("met", "Int!")
                        .Description("The number of actions rated met.")
                        .Field("onTrack", "Int!")
                        .Description("The number of actions rated on track.")
                        .Field("partiallyMet", "Int!")
                        .Description("The number of actions rated partially met.")
                        .Field("notOnTrack", "Int!")
                        .Description("The number of actions rated not on track.")
                        .Field("notRated", "Int!")
                        .Description("The number of actions not rated.")
                        .Field("total", "Int!")
                        .Description("The number of actions counted.")
            )
            .Object(
                "Plan",
                o =>
                    o.Field(
                            "ragSummary",
                            "RagSummary!",
                            Summary<ImprovementPlan>((p, r) => r.PlanId == p.Id)
                        )
                        .Description(FieldDescription)
            )
            .Object(
                "PlanArea",
                o =>
                    o.Field(
                            "ragSummary",
                            "RagSummary!",
                            Summary<PlanArea>((a, r) => r.PlanAreaId == a.Id)
                        )
                        .Description(FieldDescription)
            )
            .Object(
                "Board",
                o =>
                    o.Field(
                            "ragSummary",
                            "RagSummary!",
                            Summary<PartnershipBoard>((b, r) => r.BoardId == b.Id)
                        )
                        .Description(
                            "How many of the readable actions of the plans this board monitors have each officer-set RAG."
                        )
            )
            .Object(
                "LocalArea",
                o =>
                    o.Field(
                            "ragSummary",
                            "RagSummary!",
                            Summary<LocalArea>((l, r) => r.LocalAreaId == l.Id)
                        )
                        .Description(FieldDescription)
            );

    private static Func<PartnershipGraph.GraphQL.Types.IResolverContext, object?> Summary<T>(
        Func<T, RagCounts.Row, bool> belongs
    ) => c => SummariseAsync(c, belongs);

    private static async Task<RagSummary> SummariseAsync<T>(
        PartnershipGraph.GraphQL.Types.IResolverContext context,
        Func<T, RagCounts.Row, bool> belongs
    )
    {
        var source = (T)context.Source!;
        var counts = await RagCounts.OfRequestAsync(context);
        return counts.Summarise(r => belongs(source, r));
    }
}
