namespace PartnershipGraph.Web.Charts;

/// <summary>What a <see cref="TrajectoryChart"/> draws: a KPI's baseline, milestone targets and actuals.</summary>
/// <param name="Title">The chart's accessible name, e.g. "KPI 4.1 trajectory".</param>
/// <param name="ValueAxisLabel">The value axis label, e.g. "Value (%)".</param>
/// <param name="Baseline">The baseline, when it has a figure and a date.</param>
/// <param name="Targets">The milestone targets with a figure and a date, in date order.</param>
/// <param name="Actuals">The actuals with a figure and a date, in date order.</param>
/// <param name="Unplotted">How many figures could not be placed because they have no date.</param>
public sealed record TrajectoryChartData(
    string Title,
    string ValueAxisLabel,
    ChartPoint? Baseline,
    IReadOnlyList<ChartPoint> Targets,
    IReadOnlyList<ChartPoint> Actuals,
    int Unplotted = 0
)
{
    /// <summary>Every point, baseline first.</summary>
    public IEnumerable<ChartPoint> Points =>
        (Baseline is null ? [] : new[] { Baseline }).Concat(Targets).Concat(Actuals);

    /// <summary>True when there is nothing to plot.</summary>
    public bool IsEmpty => !Points.Any();
}
