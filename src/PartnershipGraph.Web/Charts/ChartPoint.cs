namespace PartnershipGraph.Web.Charts;

/// <summary>A dated figure on a <see cref="TrajectoryChart"/>, with the words a reader sees for it.</summary>
/// <param name="Date">Where the point sits on the time axis.</param>
/// <param name="Value">Where the point sits on the value axis.</param>
/// <param name="Label">The point in words, e.g. "12 months – November (November 2022): 80%".</param>
public sealed record ChartPoint(DateOnly Date, decimal Value, string Label);
