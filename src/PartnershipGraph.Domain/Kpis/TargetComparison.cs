using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>How far an actual is from a numeric target, read through its comparator and the KPI's direction.</summary>
internal readonly record struct TargetComparison(bool IsMet, decimal Shortfall)
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="target"/>.</summary>
    /// <remarks>
    /// More than and fewer than are strict, at least and at most inclusive; a bare figure is met at or
    /// beyond it in the direction the KPI improves; approximately is met within the tolerance.
    /// The shortfall is how far the actual falls short (zero when met or only equal to a strict bound).
    /// </remarks>
    public static TargetComparison Compare(
        decimal actual,
        decimal target,
        Comparator comparator,
        KpiDirection direction,
        decimal tolerance
    )
    {
        var below = Math.Max(0, target - actual);
        var above = Math.Max(0, actual - target);
        return comparator switch
        {
            Comparator.MoreThan => new(actual > target, below),
            Comparator.AtLeast => new(actual >= target, below),
            Comparator.FewerThan => new(actual < target, above),
            Comparator.AtMost => new(actual <= target, above),
            Comparator.Approximately => new(
                Math.Abs(actual - target) <= tolerance,
                Math.Abs(actual - target)
            ),
            _ when direction == KpiDirection.LowerIsBetter => new(actual <= target, above),
            _ => new(actual >= target, below),
        };
    }
}
