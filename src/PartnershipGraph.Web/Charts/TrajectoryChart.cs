using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using static PartnershipGraph.Web.Charts.Svg;

namespace PartnershipGraph.Web.Charts;

/// <summary>Draws a KPI's trajectory over time as inline SVG: the baseline, a dashed target line through the
/// milestone targets and a solid line through the actuals, each with its own marker shape and legend word.</summary>
public static class TrajectoryChart
{
    /// <summary>The chart's width in pixels.</summary>
    public const double Width = 640;

    /// <summary>The chart's height in pixels.</summary>
    public const double Height = 320;

    /// <summary>The left edge of the plot area.</summary>
    public const double PlotLeft = 80;

    /// <summary>The right edge of the plot area.</summary>
    public const double PlotRight = 610;

    /// <summary>The top edge of the plot area.</summary>
    public const double PlotTop = 44;

    /// <summary>The bottom edge of the plot area, where the time axis runs.</summary>
    public const double PlotBottom = 250;

    private const string TargetColour = "#4b5563";
    private const string ActualColour = "#1d4ed8";

    /// <summary>The chart as markup; <paramref name="id"/> must be unique in the page.</summary>
    public static HtmlString Render(string id, TrajectoryChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var description = Describe(data);
        if (data.IsEmpty)
        {
            var empty = Root(id, data.Title, description, Width, 48);
            empty.Add(Text(8, 28, "No dated figures to plot.", new XAttribute("fill", Ink)));
            return ToHtml(empty);
        }

        var svg = Root(id, data.Title, description, Width, Height);
        var (time, values) = Scales(data);
        double X(ChartPoint p) => time.Map(p.Date.DayNumber, PlotLeft, PlotRight);
        double Y(ChartPoint p) => values.Map((double)p.Value, PlotBottom, PlotTop);

        svg.Add(Legend(data), ValueAxis(values, data.ValueAxisLabel), TimeAxis(time));
        var start = data.Baseline is null ? [] : new[] { data.Baseline };
        svg.Add(
            Series("targets", start.Concat(data.Targets), X, Y, TargetColour, "6 4"),
            Series("actuals", start.Concat(data.Actuals), X, Y, ActualColour, null)
        );
        foreach (var target in data.Targets)
        {
            svg.Add(TargetMarker(X(target), Y(target), target.Label));
        }
        foreach (var actual in data.Actuals)
        {
            svg.Add(ActualMarker(X(actual), Y(actual), actual.Label));
        }
        if (data.Baseline is { } baseline)
        {
            svg.Add(BaselineMarker(X(baseline), Y(baseline), baseline.Label));
        }
        return ToHtml(svg);
    }

    /// <summary>The chart's description in words: every point, and what is missing.</summary>
    public static string Describe(TrajectoryChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = new List<string>();
        if (data.Baseline is { } baseline)
        {
            parts.Add($"Baseline: {baseline.Label}.");
        }
        parts.Add(
            data.Targets.Count == 0
                ? "No dated numeric targets."
                : $"Targets: {string.Join("; ", data.Targets.Select(t => t.Label))}."
        );
        parts.Add(
            data.Actuals.Count == 0
                ? "No actuals recorded yet."
                : $"Actuals: {string.Join("; ", data.Actuals.Select(a => a.Label))}."
        );
        if (data.Unplotted > 0)
        {
            parts.Add(
                $"{data.Unplotted} {(data.Unplotted == 1 ? "figure has" : "figures have")} no date and {(data.Unplotted == 1 ? "is" : "are")} listed in the table only."
            );
        }
        return string.Join(" ", parts);
    }

    private static (LinearScale Time, LinearScale Values) Scales(TrajectoryChartData data)
    {
        var points = data.Points.ToList();
        double first = points.Min(p => p.Date.DayNumber);
        double last = points.Max(p => p.Date.DayNumber);
        var pad = Math.Max(31, (last - first) * 0.04);
        var time = new LinearScale(first - pad, last + pad, 1);
        var low = Math.Min(0, points.Min(p => (double)p.Value));
        var high = Math.Max(low + 1, points.Max(p => (double)p.Value));
        return (time, LinearScale.Nice(low, high));
    }

    private static XElement Legend(TrajectoryChartData data)
    {
        var legend = El("g", new XAttribute("class", "legend"));
        var x = PlotLeft;
        if (data.Baseline is not null)
        {
            legend.Add(BaselineMarker(x + 6, 16, null), Label(x + 18, "Baseline"));
            x += 110;
        }
        legend.Add(
            Line(x, 16, x + 24, 16, TargetColour).With("stroke-dasharray", "6 4"),
            TargetMarker(x + 12, 16, null),
            Label(x + 32, "Milestone target")
        );
        x += 170;
        legend.Add(
            Line(x, 16, x + 24, 16, ActualColour).With("stroke-width", "2"),
            ActualMarker(x + 12, 16, null),
            Label(x + 32, data.Actuals.Count == 0 ? "Actual (none yet)" : "Actual")
        );
        return legend;

        static XElement Label(double x, string text) =>
            Text(x, 20, text, new XAttribute("fill", Ink));
    }

    private static XElement ValueAxis(LinearScale scale, string label)
    {
        var axis = El(
            "g",
            new XAttribute("class", "value-axis"),
            Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, Ink),
            Text(
                18,
                (PlotTop + PlotBottom) / 2,
                label,
                new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", Ink),
                new XAttribute("transform", $"rotate(-90 18 {N((PlotTop + PlotBottom) / 2)})")
            )
        );
        foreach (var tick in scale.Ticks())
        {
            var y = scale.Map(tick, PlotBottom, PlotTop);
            axis.Add(
                Line(PlotLeft, y, PlotRight, y, Grid),
                Line(PlotLeft - 5, y, PlotLeft, y, Ink),
                Text(
                    PlotLeft - 8,
                    y + 4,
                    tick.ToString("#,0.##", CultureInfo.InvariantCulture),
                    new XAttribute("text-anchor", "end"),
                    new XAttribute("fill", Ink)
                )
            );
        }
        return axis;
    }

    private static XElement TimeAxis(LinearScale time)
    {
        var axis = El(
            "g",
            new XAttribute("class", "time-axis"),
            Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, Ink),
            Text(
                (PlotLeft + PlotRight) / 2,
                Height - 14,
                "Date",
                new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", Ink)
            )
        );
        foreach (var month in MonthTicks(time))
        {
            var x = time.Map(month.DayNumber, PlotLeft, PlotRight);
            axis.Add(
                Line(x, PlotBottom, x, PlotBottom + 5, Ink),
                Text(
                    x,
                    PlotBottom + 20,
                    month.ToString("MMM yyyy", CultureInfo.InvariantCulture),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("fill", Ink)
                )
            );
        }
        return axis;
    }

    /// <summary>First days of months inside the scale, every 1, 2, 3, 6, 12, 24 or 60 months so at most six show.</summary>
    private static List<DateOnly> MonthTicks(LinearScale time)
    {
        var from = DateOnly.FromDayNumber((int)Math.Ceiling(time.Min));
        var to = DateOnly.FromDayNumber((int)Math.Floor(time.Max));
        var first = new DateOnly(from.Year, from.Month, 1);
        if (first < from)
        {
            first = first.AddMonths(1);
        }
        var span = ((to.Year - first.Year) * 12) + to.Month - first.Month;
        var step = new[] { 1, 2, 3, 6, 12, 24, 60 }.First(s => span / s < 6 || s == 60);
        var ticks = new List<DateOnly>();
        for (var month = first; month <= to; month = month.AddMonths(step))
        {
            ticks.Add(month);
        }
        return ticks;
    }

    private static XElement Series(
        string name,
        IEnumerable<ChartPoint> points,
        Func<ChartPoint, double> x,
        Func<ChartPoint, double> y,
        string colour,
        string? dash
    ) =>
        El(
            "polyline",
            new XAttribute("class", name),
            new XAttribute(
                "points",
                string.Join(" ", points.OrderBy(p => p.Date).Select(p => $"{N(x(p))},{N(y(p))}"))
            ),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", colour),
            new XAttribute("stroke-width", "2"),
            dash is null ? null : new XAttribute("stroke-dasharray", dash)
        );

    private static XElement TargetMarker(double x, double y, string? label) =>
        El(
            "rect",
            new XAttribute("class", label is null ? "key-target" : "target"),
            new XAttribute("x", N(x - 5)),
            new XAttribute("y", N(y - 5)),
            new XAttribute("width", "10"),
            new XAttribute("height", "10"),
            new XAttribute("fill", "#ffffff"),
            new XAttribute("stroke", TargetColour),
            new XAttribute("stroke-width", "2"),
            label is null ? null : El("title", $"Target {label}")
        );

    private static XElement ActualMarker(double x, double y, string? label) =>
        El(
            "circle",
            new XAttribute("class", label is null ? "key-actual" : "actual"),
            new XAttribute("cx", N(x)),
            new XAttribute("cy", N(y)),
            new XAttribute("r", "5"),
            new XAttribute("fill", ActualColour),
            label is null ? null : El("title", $"Actual {label}")
        );

    private static XElement BaselineMarker(double x, double y, string? label) =>
        El(
            "path",
            new XAttribute("class", label is null ? "key-baseline" : "baseline"),
            new XAttribute(
                "d",
                $"M{N(x)} {N(y - 7)}L{N(x + 7)} {N(y)}L{N(x)} {N(y + 7)}L{N(x - 7)} {N(y)}Z"
            ),
            new XAttribute("fill", Ink),
            label is null ? null : El("title", $"Baseline {label}")
        );
}
