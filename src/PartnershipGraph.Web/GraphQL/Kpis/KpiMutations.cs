using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>Registers the <c>recordKpiActual</c> mutation: a measured value of a KPI.</summary>
public static class KpiMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .VersionField("Kpi", "KPI", "a change")
            .InputObject(
                "RecordKpiActualInput",
                i =>
                    i.Description("A measured value of a KPI.")
                        .Field(
                            "kpiId",
                            "ID!",
                            f => f.Description("The global ID of the KPI that was measured.")
                        )
                        .Field(
                            "milestoneId",
                            "ID",
                            f =>
                                f.Description(
                                    "The global ID of the KPI milestone the value is measured against, when there is one."
                                )
                        )
                        .Field(
                            "value",
                            "Decimal",
                            f => f.Description("The measured value, when it is a number.")
                        )
                        .Field(
                            "text",
                            "String",
                            f =>
                                f.Description(
                                    "The measure as text, when it is not a number or needs explaining."
                                )
                        )
                        .Field(
                            "asOf",
                            "Date!",
                            f => f.Description("The date the value was measured.")
                        )
                        .Field(
                            "expectedVersion",
                            "Int!",
                            f =>
                                f.Description(
                                    "The version of the KPI the change is based on; a newer stored version refuses it."
                                )
                        )
            )
            .Object(
                "RecordKpiActualPayload",
                o =>
                    o.Description("The outcome of recording a KPI actual.")
                        .Field(
                            "kpi",
                            "Kpi",
                            MutationPayloads.ReadNode<RecordKpiActualPayload>("Kpi", p => p.Kpi?.Id)
                        )
                        .Description(
                            "The KPI after the actual was recorded; null when it was refused."
                        )
                        .Field("actual", "KpiActual")
                        .Description("The actual that was recorded; null when it was refused.")
                        .Field("errors", "[RecordKpiActualError!]")
                        .Description("Why the actual was refused; null when it was recorded.")
            )
            .ErrorUnion("RecordKpiActualError", "recordKpiActual")
            .InputMutation(
                "recordKpiActual",
                "Records a measured value of a KPI.",
                "The KPI, the value and when it was measured.",
                RecordActualAsync
            );

    private static async Task<RecordKpiActualPayload> RecordActualAsync(IResolverContext context)
    {
        var input = context.Argument<RecordKpiActualInput>("input")!;
        var kpiId = MutationInputs.DecodeId(input.KpiId, "Kpi", "kpiId");
        if (!kpiId.Succeeded)
        {
            return new(null, null, kpiId.Errors);
        }
        Guid? milestoneId = null;
        if (input.MilestoneId is not null)
        {
            var decoded = MutationInputs.DecodeId(input.MilestoneId, "KpiMilestone", "milestoneId");
            if (!decoded.Succeeded)
            {
                return new(null, null, decoded.Errors);
            }
            milestoneId = decoded.Value;
        }
        var result = await context
            .Services.GetRequiredService<KpiService>()
            .RecordActualAsync(
                context.Actor(),
                kpiId.Value,
                milestoneId,
                input.Value,
                input.Text,
                input.AsOf,
                input.ExpectedVersion,
                context.CancellationToken
            );
        return result.Succeeded
            ? new(result.Value.Kpi, result.Value.Actual, null)
            : new(null, null, result.Errors);
    }

    /// <summary>The input of <c>recordKpiActual</c>.</summary>
    public sealed record RecordKpiActualInput(
        string KpiId,
        string? MilestoneId,
        decimal? Value,
        string? Text,
        DateOnly AsOf,
        int ExpectedVersion
    );

    /// <summary>The payload of <c>recordKpiActual</c>.</summary>
    public sealed record RecordKpiActualPayload(
        Kpi? Kpi,
        KpiActual? Actual,
        IReadOnlyList<ServiceError>? Errors
    );
}
