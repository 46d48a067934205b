using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Data.Projection;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>Registers KPIs, their milestones and actuals: the <c>kpis</c> and <c>kpiMilestones</c> connections.</summary>
public static class KpisGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Kpi",
                o =>
                    o.Description("A key performance indicator of a plan.")
                        .GlobalIdField<Kpi>("Kpi", k => k.Id)
                        .Field("ref", "String!")
                        .Description("The KPI's reference in its plan.")
                        .Field("rowType", "KpiRowType!")
                        .Description("What the KPI's row in the plan is.")
                        .Field("description", "String!")
                        .Description("What the KPI measures.")
                        .Field("unit", "String")
                        .Description("The unit of the KPI's figures, when known.")
                        .Field("direction", "KpiDirection!")
                        .Description("Which way the KPI improves.")
                        .Field("baselineValue", "Decimal")
                        .Description("The baseline figure, when there is one.")
                        .Field("baselineText", "String")
                        .Description("The baseline as written.")
                        .Field("baselineDate", "PartialDate")
                        .Description("When the baseline was measured.")
                        .Field("expectedProgressText", "String")
                        .Description("The expected progress as written in the plan.")
                        .Field("tolerance", "Decimal")
                        .Description(
                            "How far below a target still counts as partially met, in the KPI's unit."
                        )
                        .Field("notes", "String")
                        .Description("Notes on the KPI.")
                        .Field("action", "Action")
                        .Description("The action the KPI measures, if any.")
                        .Field("progressRag", "Rag!", c => KpiProgress.Of(c).Rag)
                        .Description(
                            "The RAG computed from the latest actual against the current milestone."
                        )
                        .Requires<Kpi>(KpiProgress.Inputs)
                        .Field("progressExplanation", "String!", c => KpiProgress.Of(c).Explanation)
                        .Description("How the computed progress RAG was reached, in a sentence.")
                        .Requires<Kpi>(KpiProgress.Inputs)
                        .Field("latestActual", "KpiActual", c => KpiProgress.Of(c).LatestActual)
                        .Description("The latest actual with a figure.")
                        .Requires<Kpi>(KpiProgress.Inputs)
                        .Field(
                            "currentMilestone",
                            "KpiMilestone",
                            c => KpiProgress.Of(c).CurrentMilestone
                        )
                        .Description("The milestone the latest actual is compared with.")
                        .Requires<Kpi>(KpiProgress.Inputs)
                        .Field(
                            "nextMilestone",
                            "KpiMilestone",
                            c =>
                                TrajectoryPoint.Next(
                                    (Kpi)c.Source!,
                                    KpiProgress.Of(c).CurrentMilestone,
                                    c.Today()
                                )
                        )
                        .Description("The milestone after the current one, when there is one.")
                        .Requires<Kpi>(KpiProgress.Inputs)
                        .Field(
                            "trajectory",
                            "[TrajectoryPoint!]!",
                            c => TrajectoryPoint.Of((Kpi)c.Source!)
                        )
                        .Description(
                            "The baseline, then each milestone's target and the actual recorded against it."
                        )
                        .Requires<Kpi>(
                            k => k.BaselineDate,
                            k => k.BaselineValue,
                            k => k.BaselineText,
                            k => k.Milestones,
                            k => k.Actuals
                        )
                        // Only the selected members of each milestone (and its sequence), unless a computed
                        // field above is selected too: those read whole lists.
                        .Field(
                            "milestones",
                            "[KpiMilestone!]!",
                            c => ((Kpi)c.Source!).Milestones.OrderBy(m => m.Sequence).ToList()
                        )
                        .Description("The KPI's milestones, in the plan's order.")
                        .RequiresItems<Kpi, KpiMilestone>(k => k.Milestones, m => m.Sequence)
                        // Whole lists, not projections: the computed fields above read every member of them.
                        .Field(
                            "actuals",
                            "[KpiActual!]!",
                            c =>
                                ((Kpi)c.Source!)
                                    .Actuals.OrderBy(a => a.AsOf)
                                    .ThenBy(a => a.RecordedAt)
                                    .ToList()
                        )
                        .Description("The KPI's recorded actuals, oldest first.")
                        .Requires<Kpi>(k => k.Actuals)
            )
            .Object(
                "KpiMilestone",
                o =>
                    o.Description("A dated target of a KPI.")
                        .GlobalIdField<KpiMilestone>("KpiMilestone", m => m.Id)
                        .Field("sequence", "Int!")
                        .Description("The milestone's position among the KPI's milestones.")
                        .Field("label", "String!")
                        .Description("The milestone's label, such as \"3 months – February\".")
                        .Field("dueDate", "PartialDate")
                        .Description("When the milestone is due.")
                        .Field("target", "Target")
                        .Description("The milestone's target.")
                        .Field("kpi", "Kpi")
                        .Description("The KPI the milestone belongs to.")
            )
            .Object(
                "TrajectoryPoint",
                o =>
                    o.Description("One point of a KPI's trajectory: the baseline or a milestone.")
                        .Field("label", "String!")
                        .Description("The point's label: \"Baseline\" or the milestone's label.")
                        .Field("date", "PartialDate")
                        .Description(
                            "When the point is dated: the baseline's date or the milestone's due date."
                        )
                        .Field("target", "Decimal")
                        .Description("The milestone's target figure; null for the baseline.")
                        .Field("targetText", "String")
                        .Description("The milestone's target as written; null for the baseline.")
                        .Field("actual", "Decimal")
                        .Description(
                            "The baseline figure, or the latest actual recorded against the milestone."
                        )
                        .Field("actualText", "String")
                        .Description("The baseline or the actual as written.")
            )
            .Object(
                "KpiActual",
                o =>
                    o.Description("A measured value of a KPI.")
                        .Field("value", "Decimal")
                        .Description("The measured figure, when there is one.")
                        .Field("text", "String")
                        .Description("The actual as written.")
                        .Field("status", "Rag")
                        .Description("The RAG recorded with the actual, if any.")
                        .Field("asOf", "Date")
                        .Description("The date the actual was measured.")
                        .Field("recordedAt", "DateTime!")
                        .Description("When the actual was recorded.")
            )
            .DataField<Kpi>(
                "Query",
                "kpis",
                c => c.Db().Kpis.Where(ReadAccess.Kpis(c.Actor())),
                f =>
                    f.Description("The KPIs the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            )
            .DataField<KpiMilestone>(
                "Query",
                "kpiMilestones",
                c => c.Db().KpiMilestones.Where(ReadAccess.KpiMilestones(c.Actor())),
                f =>
                    f.Description("The KPI milestones the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
