using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>Registers the <c>createKpi</c>, <c>updateKpi</c> and <c>deleteKpi</c> mutations.</summary>
public static class KpiCrudMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<Kpi, KpiInput, KpiService>(
            builder,
            "Kpi",
            "KPI",
            [
                new("planId", "ID!", "The global ID of the plan the KPI belongs to."),
                new("ref", "String!", "The KPI's reference within its plan."),
                new("description", "String!", "What the KPI measures."),
                new(
                    "direction",
                    "KpiDirection!",
                    "Whether a higher or a lower value is better, or the KPI is narrative only."
                ),
                new(
                    "planAreaId",
                    "ID",
                    "The global ID of the plan area the KPI belongs to, when it belongs to one."
                ),
                new(
                    "actionId",
                    "ID",
                    "The global ID of the action the KPI measures, when it measures one."
                ),
                new(
                    "rowType",
                    "KpiRowType",
                    "The kind of row the KPI is in the plan; a KPI when omitted."
                ),
                new("unit", "String", "The unit the KPI's values are in, when it has one."),
                new("baselineValue", "Float", "The KPI's baseline value, when it is a number."),
                new("baselineText", "String", "The KPI's baseline as written in the plan."),
                new(
                    "baselineDate",
                    "String",
                    "When the baseline was measured, as written, such as \"2021/22\"."
                ),
                new("expectedProgressText", "String", "The progress the plan expects, as written."),
                new(
                    "tolerance",
                    "Float",
                    "How far from its target the KPI may be and still count as on track."
                ),
                new("notes", "String", "Free-text notes about the KPI."),
            ],
            r => new KpiInput(
                r.Id("planId", "Plan"),
                r.String("ref") ?? "",
                r.String("description") ?? "",
                r.Enum("direction", default(KpiDirection)),
                r.OptionalId("planAreaId", "PlanArea"),
                r.OptionalId("actionId", "Action"),
                r.Enum("rowType", KpiRowType.Kpi),
                r.String("unit"),
                r.Decimal("baselineValue"),
                r.String("baselineText"),
                r.String("baselineDate"),
                r.String("expectedProgressText"),
                r.Decimal("tolerance"),
                r.String("notes")
            ),
            addVersionField: false
        );
}
