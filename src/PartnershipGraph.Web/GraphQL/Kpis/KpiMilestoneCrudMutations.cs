using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>Registers the <c>createKpiMilestone</c>, <c>updateKpiMilestone</c> and <c>deleteKpiMilestone</c> mutations.</summary>
public static class KpiMilestoneCrudMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<KpiMilestone, KpiMilestoneInput, KpiMilestoneService>(
            builder,
            "KpiMilestone",
            "KPI milestone",
            [
                new("kpiId", "ID!", "The global ID of the KPI the milestone belongs to."),
                new("sequence", "Int!", "The milestone's place in the KPI's order of milestones."),
                new("label", "String!", "The milestone's label, such as \"Year 1\"."),
                new(
                    "dueDate",
                    "String",
                    "When the milestone is due, as written, such as \"July 2023\"."
                ),
                new(
                    "targetText",
                    "String",
                    "The target as written, such as \"More than 90%\"; its figure is read from it when targetValue is omitted."
                ),
                new("targetValue", "Float", "The target's figure, when it is a number."),
                new(
                    "targetComparator",
                    "Comparator",
                    "How an actual compares with the target's figure; equal when omitted."
                ),
                new("targetUnit", "String", "The unit of the target's figure, such as \"%\"."),
            ],
            r => new KpiMilestoneInput(
                r.Id("kpiId", "Kpi"),
                r.Int("sequence") ?? 0,
                r.String("label") ?? "",
                r.String("dueDate"),
                r.String("targetText"),
                r.Decimal("targetValue"),
                r.Enum("targetComparator", Comparator.Equal),
                r.String("targetUnit")
            )
        );
}
