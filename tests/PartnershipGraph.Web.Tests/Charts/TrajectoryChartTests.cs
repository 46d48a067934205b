using PartnershipGraph.Web.Charts;
using static PartnershipGraph.Web.Tests.Charts.SvgDocument;

namespace PartnershipGraph.Web.Tests.Charts;

public sealed class TrajectoryChartTests
{
    private static readonly ChartPoint Baseline = new(
        new DateOnly(2022, 1, 31),
        40,
        "40% (January 2022)"
    );

    [Fact]
    public void Places_points_right_for_later_dates_and_up_for_higher_values()
    {
        var svg = Parse(
            TrajectoryChart.Render(
                "k",
                new TrajectoryChartData(
                    "KPI 1.1 trajectory",
                    "Per cent",
                    Baseline,
                    [Point(2022, 6, 30, 60), Point(2022, 12, 31, 80)],
                    [Point(2022, 6, 30, 55), Point(2022, 12, 31, 85)]
                )
            )
        );

        var actuals = WithClass(svg, "circle", "actual")
            .Select(c => (X: Number(c, "cx"), Y: Number(c, "cy")))
            .ToList();
        var targets = WithClass(svg, "rect", "target")
            .Select(r => (X: Number(r, "x") + 5, Y: Number(r, "y") + 5))
            .ToList();
        Assert.Equal(2, actuals.Count);
        Assert.Equal(2, targets.Count);
        Assert.True(actuals[1].X > actuals[0].X);
        Assert.True(actuals[1].Y < actuals[0].Y, "85 is drawn above 55");
        Assert.Equal(targets[0].X, actuals[0].X, 1);
        Assert.True(targets[0].Y < actuals[0].Y, "the 60 target is drawn above the 55 actual");
        Assert.True(actuals[1].Y < targets[1].Y, "the 85 actual is drawn above the 80 target");
        Assert.All(
            actuals.Concat(targets),
            p =>
            {
                Assert.InRange(p.X, TrajectoryChart.PlotLeft, TrajectoryChart.PlotRight);
                Assert.InRange(p.Y, TrajectoryChart.PlotTop, TrajectoryChart.PlotBottom);
            }
        );
    }

    [Fact]
    public void Puts_a_value_of_zero_on_the_time_axis_and_values_in_proportion_above_it()
    {
        var svg = Parse(
            TrajectoryChart.Render(
                "k",
                new TrajectoryChartData(
                    "t",
                    "Value",
                    null,
                    [],
                    [Point(2022, 1, 1, 0), Point(2022, 6, 1, 50), Point(2022, 9, 1, 100)]
                )
            )
        );

        var ys = WithClass(svg, "circle", "actual").Select(c => Number(c, "cy")).ToList();
        Assert.Equal(TrajectoryChart.PlotBottom, ys[0], 1);
        Assert.Equal((ys[0] + ys[2]) / 2, ys[1], 1);
        var ticks = WithClass(svg, "g", "value-axis")
            .Single()
            .Elements(Ns + "text")
            .Select(t => t.Value)
            .ToList();
        Assert.Equal("Value", ticks[0]);
        Assert.Contains("100", ticks);
    }

    [Fact]
    public void Draws_the_baseline_and_targets_of_a_kpi_with_no_actuals_and_says_so()
    {
        var data = new TrajectoryChartData(
            "KPI 2.1 trajectory",
            "Per cent",
            Baseline,
            [Point(2022, 6, 30, 60)],
            []
        );

        var svg = Parse(TrajectoryChart.Render("k", data));

        Assert.Empty(WithClass(svg, "circle", "actual"));
        Assert.Single(WithClass(svg, "path", "baseline"));
        Assert.Contains(
            "No actuals recorded yet.",
            svg.Element(Ns + "desc")!.Value,
            StringComparison.Ordinal
        );
        Assert.Contains(
            WithClass(svg, "g", "legend").Single().Elements(Ns + "text"),
            t => t.Value == "Actual (none yet)"
        );
    }

    [Fact]
    public void Says_there_is_nothing_to_plot_when_there_are_no_dated_figures()
    {
        var data = new TrajectoryChartData(
            "KPI 3.1 trajectory",
            "Value",
            null,
            [],
            [],
            Unplotted: 2
        );

        var svg = Parse(TrajectoryChart.Render("k", data));

        Assert.Empty(svg.Descendants(Ns + "polyline"));
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == "No dated figures to plot.");
        Assert.Contains(
            "2 figures have no date and are listed in the table only.",
            svg.Element(Ns + "desc")!.Value,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Labels_both_axes_and_the_three_series_in_words()
    {
        var svg = Parse(
            TrajectoryChart.Render(
                "k",
                new TrajectoryChartData(
                    "t",
                    "Per cent",
                    Baseline,
                    [Point(2022, 6, 30, 60)],
                    [Point(2022, 6, 30, 50)]
                )
            )
        );

        Assert.Contains(
            WithClass(svg, "g", "value-axis").Single().Elements(Ns + "text"),
            t => t.Value == "Per cent"
        );
        var time = WithClass(svg, "g", "time-axis")
            .Single()
            .Elements(Ns + "text")
            .Select(t => t.Value)
            .ToList();
        Assert.Contains("Date", time);
        Assert.Contains("Mar 2022", time);
        var legend = WithClass(svg, "g", "legend")
            .Single()
            .Elements(Ns + "text")
            .Select(t => t.Value);
        Assert.Equal(["Baseline", "Milestone target", "Actual"], legend);
    }

    [Fact]
    public void Escapes_titles_and_point_labels()
    {
        var data = new TrajectoryChartData(
            "KPI <1> & \"2\"",
            "Value (<n>)",
            null,
            [new ChartPoint(new DateOnly(2022, 1, 1), 5, "</title><script>x</script>")],
            []
        );

        var html = TrajectoryChart.Render("k", data);

        Assert.DoesNotContain("<script>", html.Value, StringComparison.Ordinal);
        var svg = Parse(html);
        Assert.Equal("KPI <1> & \"2\"", svg.Element(Ns + "title")!.Value);
        Assert.Contains(
            svg.Descendants(Ns + "title"),
            t => t.Value == "Target </title><script>x</script>"
        );
    }

    private static ChartPoint Point(int year, int month, int day, decimal value) =>
        new(new DateOnly(year, month, day), value, $"{value} on {year}-{month}-{day}");
}
