using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>A KPI's computed progress RAG and how it was reached.</summary>
/// <param name="Rag">The computed status; <see cref="Rag.NotRated"/> when none can be computed.</param>
/// <param name="Explanation">One sentence naming the actual, the target, the milestone and the outcome.</param>
/// <param name="CurrentMilestone">The milestone the actual was compared with; null when not rated.</param>
/// <param name="LatestActual">The latest actual with a figure, if there is one.</param>
public sealed record ProgressAssessment(
    Rag Rag,
    string Explanation,
    KpiMilestone? CurrentMilestone,
    KpiActual? LatestActual
);
