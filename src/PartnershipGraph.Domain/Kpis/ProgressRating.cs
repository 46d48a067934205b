namespace PartnershipGraph.Domain.Kpis;

/// <summary>One actual compared with one milestone's target, with the tolerance and the unit to describe it in.</summary>
internal sealed record ProgressRating(
    KpiMilestone Milestone,
    KpiActual Actual,
    TargetComparison Comparison,
    decimal Tolerance,
    string? Unit
);
