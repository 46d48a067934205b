using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.GraphQL.Kpis;

/// <summary>One point of a KPI's trajectory: the baseline, or a milestone with its target and actual.</summary>
public sealed record TrajectoryPoint(
    string Label,
    PartialDate? Date,
    decimal? Target,
    string? TargetText,
    decimal? Actual,
    string? ActualText
)
{
    /// <summary>The baseline, then each milestone in order with the latest actual recorded against it.</summary>
    public static List<TrajectoryPoint> Of(Kpi kpi)
    {
        var points = new List<TrajectoryPoint>
        {
            new("Baseline", kpi.BaselineDate, null, null, kpi.BaselineValue, kpi.BaselineText),
        };
        foreach (var milestone in kpi.Milestones.OrderBy(m => m.Sequence))
        {
            var actual = kpi
                .Actuals.Where(a => a.MilestoneId == milestone.Id)
                .OrderBy(a => a.AsOf ?? DateOnly.MinValue)
                .ThenBy(a => a.RecordedAt)
                .LastOrDefault();
            points.Add(
                new(
                    milestone.Label,
                    milestone.DueDate,
                    milestone.Target?.Value,
                    milestone.Target?.Text,
                    actual?.Value,
                    actual?.Text
                )
            );
        }
        return points;
    }

    /// <summary>The first milestone due after the current one (or after today when none is current).</summary>
    public static KpiMilestone? Next(Kpi kpi, KpiMilestone? current, DateOnly today)
    {
        var ordered = kpi.Milestones.OrderBy(m => m.Sequence).ToList();
        if (current is not null)
        {
            var index = ordered.FindIndex(m => m.Id == current.Id);
            return index >= 0 && index + 1 < ordered.Count ? ordered[index + 1] : null;
        }
        return ordered.FirstOrDefault(m => m.DueDate?.End > today);
    }
}
