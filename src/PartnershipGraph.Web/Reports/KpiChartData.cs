using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Charts;

namespace PartnershipGraph.Web.Reports;

/// <summary>Turns a KPI's baseline, milestone targets and actuals into <see cref="TrajectoryChartData"/>.</summary>
public static class KpiChartData
{
    /// <summary>The chart data; figures with no date are counted in <see cref="TrajectoryChartData.Unplotted"/>.</summary>
    public static TrajectoryChartData For(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var unplotted = 0;
        ChartPoint? baseline = null;
        if (kpi.BaselineValue is { } value)
        {
            var date = kpi.BaselineDate?.End ?? kpi.BaselineDate?.Start;
            baseline = date is { } d
                ? new ChartPoint(
                    d,
                    value,
                    $"{Units.Format(value, kpi.Unit)} ({kpi.BaselineDate!.Display})"
                )
                : null;
            unplotted += date is null ? 1 : 0;
        }

        var targets = new List<ChartPoint>();
        foreach (var milestone in kpi.Milestones.OrderBy(m => m.Sequence))
        {
            if (milestone.Target is not { Value: { } target } written)
            {
                continue;
            }
            if (milestone.DueDate?.End is not { } due)
            {
                unplotted++;
                continue;
            }
            var label =
                $"{milestone.Label.Trim()} ({milestone.DueDate.Display}): {written.Display}";
            targets.Add(new ChartPoint(due, target, label));
        }

        var actuals = new List<ChartPoint>();
        foreach (var actual in kpi.Actuals.Where(a => a.Value is not null))
        {
            DateOnly? date =
                actual.AsOf
                ?? (
                    actual.RecordedAt == default
                        ? null
                        : DateOnly.FromDateTime(actual.RecordedAt.UtcDateTime)
                );
            if (date is not { } d)
            {
                unplotted++;
                continue;
            }
            var label =
                $"{Units.Format(actual.Value!.Value, kpi.Unit)} (as of {PartialDate.FromDay(d).Display})";
            actuals.Add(new ChartPoint(d, actual.Value.Value, label));
        }

        return new TrajectoryChartData(
            $"KPI {kpi.Ref} trajectory",
            AxisLabel(kpi.Unit),
            baseline,
            [.. targets.OrderBy(t => t.Date)],
            [.. actuals.OrderBy(a => a.Date)],
            unplotted
        );
    }

    private static string AxisLabel(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? "Value"
        : Units.IsPercent(unit) ? "Per cent"
        : $"Value ({Shorten(unit.Trim())})";

    private static string Shorten(string unit) => unit.Length <= 24 ? unit : unit[..23] + "…";
}
