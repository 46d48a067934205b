using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>Computes a KPI's progress RAG from its latest actual, its milestones, its direction and a tolerance.</summary>
/// <remarks>The status the paper gave an actual is never used: the computed RAG is shown beside it, so a difference stays visible.</remarks>
public static class ProgressRagCalculator
{
    /// <summary>Rates the KPI's latest actual against its final target and then its current milestone.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="milestones">The KPI's milestones, in any order.</param>
    /// <param name="actuals">The KPI's actuals, in any order.</param>
    /// <param name="today">The date used for an actual that gives neither an as-of date nor a recorded time.</param>
    /// <param name="options">The default tolerance.</param>
    /// <returns>
    /// <see cref="Rag.NotRated"/> for a narrative-only KPI, one with no numeric target or no actual with a figure;
    /// <see cref="Rag.Met"/> when the final target is met; otherwise, against the earliest numeric milestone due on or
    /// after the actual's date (else the last), <see cref="Rag.OnTrack"/> when met, <see cref="Rag.PartiallyMet"/>
    /// within the tolerance and <see cref="Rag.NotOnTrack"/> outside it.
    /// </returns>
    public static ProgressAssessment Compute(
        Kpi kpi,
        IReadOnlyList<KpiMilestone> milestones,
        IReadOnlyList<KpiActual> actuals,
        DateOnly today,
        ProgressRagOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(milestones);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultTolerancePercent);

        var latest = actuals
            .Where(a => a.Value is not null)
            .OrderBy(a => a.AsOf ?? DateOnly.MinValue)
            .ThenBy(a => a.RecordedAt)
            .LastOrDefault();
        if (kpi.Direction == KpiDirection.NarrativeOnly)
        {
            return NotRated(
                $"KPI {kpi.Ref} is narrative-only, so no progress RAG is computed.",
                latest
            );
        }

        var numeric = milestones
            .Where(m => m.Target?.Value is not null)
            .OrderBy(m => m.Sequence)
            .ToList();
        if (numeric.Count == 0)
        {
            return NotRated(
                $"KPI {kpi.Ref} has no milestone with a numeric target, so no progress RAG is computed.",
                latest
            );
        }

        if (latest is null)
        {
            return NotRated(
                $"KPI {kpi.Ref} has no recorded actual with a figure, so no progress RAG is computed.",
                null
            );
        }

        var final = numeric[^1];
        if (Rate(kpi, final, latest, options) is { Comparison.IsMet: true } finalRating)
        {
            return new(Rag.Met, ProgressExplanation.MeetsFinal(finalRating), final, latest);
        }

        var asOf =
            latest.AsOf
            ?? (
                latest.RecordedAt == default
                    ? today
                    : DateOnly.FromDateTime(latest.RecordedAt.UtcDateTime)
            );
        var current =
            numeric
                .Where(m => m.DueDate?.End >= asOf)
                .OrderBy(m => m.DueDate!.End)
                .ThenBy(m => m.Sequence)
                .FirstOrDefault()
            ?? final;
        var rating = Rate(kpi, current, latest, options);
        var rag =
            rating.Comparison.IsMet ? Rag.OnTrack
            : current.Target!.Comparator != Comparator.Approximately
            && rating.Comparison.Shortfall <= rating.Tolerance
                ? Rag.PartiallyMet
            : Rag.NotOnTrack;
        return new(rag, ProgressExplanation.Describe(rag, rating), current, latest);
    }

    private static ProgressRating Rate(
        Kpi kpi,
        KpiMilestone milestone,
        KpiActual actual,
        ProgressRagOptions options
    )
    {
        var target = milestone.Target!;
        var value = target.Value!.Value;
        var isPercent = Units.IsPercent(target.Unit) || Units.IsPercent(kpi.Unit);

        // A KPI's own tolerance is a figure in its unit; the default is points for a percentage, else a share of the target.
        var tolerance = Math.Max(
            0,
            kpi.Tolerance
                ?? (
                    isPercent
                        ? options.DefaultTolerancePercent
                        : Math.Abs(value) * options.DefaultTolerancePercent / 100
                )
        );
        var comparison = TargetComparison.Compare(
            actual.Value!.Value,
            value,
            target.Comparator,
            kpi.Direction,
            tolerance
        );
        return new ProgressRating(
            milestone,
            actual,
            comparison,
            tolerance,
            isPercent ? Units.Percent : ProgressExplanation.ShortUnit(target.Unit ?? kpi.Unit)
        );
    }

    private static ProgressAssessment NotRated(string explanation, KpiActual? latest) =>
        new(Rag.NotRated, explanation, null, latest);
}
