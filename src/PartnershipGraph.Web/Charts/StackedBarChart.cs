using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.GraphQL.Common;
using static PartnershipGraph.Web.Charts.Svg;

namespace PartnershipGraph.Web.Charts;

/// <summary>Draws RAG counts as horizontal stacked bars on one shared count axis, as inline SVG.</summary>
/// <remarks>Every segment names its RAG in a tooltip and the legend names each colour in words; pages put a table beside it.</remarks>
public static class StackedBarChart
{
    /// <summary>The chart's width in pixels.</summary>
    public const double Width = 720;

    /// <summary>Where the bars start.</summary>
    public const double BarLeft = 230;

    /// <summary>The length of the bar for the axis maximum.</summary>
    public const double BarLength = 430;

    private const double Top = 40;
    private const double RowHeight = 24;
    private const double RowGap = 12;

    /// <summary>The RAGs in the order segments are stacked.</summary>
    public static IReadOnlyList<Rag> Order { get; } = Enum.GetValues<Rag>();

    /// <summary>The chart as markup; <paramref name="id"/> must be unique in the page.</summary>
    public static HtmlString Render(
        string id,
        string title,
        string description,
        IReadOnlyList<StackedBarRow> rows
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            var empty = Root(id, title, description, Width, 48);
            empty.Add(Text(8, 28, "No actions to count.", new XAttribute("fill", Ink)));
            return ToHtml(empty);
        }

        var axisY = Top + (rows.Count * (RowHeight + RowGap));
        var svg = Root(id, title, description, Width, axisY + 52);
        svg.Add(Legend());
        var scale = LinearScale.Nice(0, Math.Max(1, rows.Max(r => r.Counts.Total)), 5, 1);
        svg.Add(Axis(scale, axisY));
        for (var i = 0; i < rows.Count; i++)
        {
            svg.Add(Bar(rows[i], scale, Top + (i * (RowHeight + RowGap))));
        }
        return ToHtml(svg);
    }

    /// <summary>The count of <paramref name="rag"/> in <paramref name="counts"/>.</summary>
    public static int Count(RagSummary counts, Rag rag) =>
        rag switch
        {
            Rag.Met => counts.Met,
            Rag.OnTrack => counts.OnTrack,
            Rag.PartiallyMet => counts.PartiallyMet,
            Rag.NotOnTrack => counts.NotOnTrack,
            _ => counts.NotRated,
        };

    private static XElement Legend()
    {
        var legend = El("g", new XAttribute("class", "legend"));
        for (var i = 0; i < Order.Count; i++)
        {
            var x = BarLeft + (i * 120) - 120;
            legend.Add(
                El(
                    "rect",
                    new XAttribute("x", N(x)),
                    new XAttribute("y", "6"),
                    new XAttribute("width", "14"),
                    new XAttribute("height", "14"),
                    new XAttribute("fill", RagPalette.Fill(Order[i]))
                ),
                Text(x + 20, 18, RagText.ToText(Order[i]), new XAttribute("fill", Ink))
            );
        }
        return legend;
    }

    private static XElement Axis(LinearScale scale, double y)
    {
        var axis = El(
            "g",
            new XAttribute("class", "axis"),
            Line(BarLeft, y, BarLeft + BarLength, y, Ink),
            Text(
                BarLeft + (BarLength / 2),
                y + 42,
                "Number of actions",
                new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", Ink)
            )
        );
        foreach (var tick in scale.Ticks())
        {
            var x = scale.Map(tick, BarLeft, BarLeft + BarLength);
            axis.Add(
                Line(x, Top - 6, x, y, Grid),
                Line(x, y, x, y + 5, Ink),
                Text(
                    x,
                    y + 20,
                    tick.ToString("0", CultureInfo.InvariantCulture),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("fill", Ink)
                )
            );
        }
        return axis;
    }

    private static XElement Bar(StackedBarRow row, LinearScale scale, double y)
    {
        var label = Clean(row.Label);
        var shown = Shorten(label, 32);
        var bar = El(
            "g",
            new XAttribute("class", "bar"),
            Text(
                BarLeft - 8,
                y + 17,
                shown,
                new XAttribute("text-anchor", "end"),
                new XAttribute("fill", Ink),
                shown == label ? null : El("title", label)
            )
        );
        var x = BarLeft;
        foreach (var rag in Order)
        {
            var count = Count(row.Counts, rag);
            if (count == 0)
            {
                continue;
            }
            var width = scale.Map(count, 0, BarLength);
            bar.Add(Segment(label, rag, count, x, y, width));
            x += width;
        }
        bar.Add(
            Text(
                x + 6,
                y + 17,
                row.Counts.Total.ToString(CultureInfo.InvariantCulture),
                new XAttribute("class", "total"),
                new XAttribute("fill", Ink)
            )
        );
        return bar;
    }

    private static XElement Segment(
        string label,
        Rag rag,
        int count,
        double x,
        double y,
        double width
    )
    {
        var words = $"{label}: {count} {RagText.ToText(rag)}";
        var segment = El(
            "g",
            new XAttribute("class", $"segment {RagPalette.CssClass(rag)}"),
            El(
                "rect",
                new XAttribute("x", N(x)),
                new XAttribute("y", N(y)),
                new XAttribute("width", N(width)),
                new XAttribute("height", N(RowHeight)),
                new XAttribute("fill", RagPalette.Fill(rag)),
                new XAttribute("stroke", "#ffffff"),
                new XAttribute("data-rag", rag.ToString()),
                new XAttribute("data-count", count),
                El("title", words)
            )
        );
        if (width >= 24)
        {
            segment.Add(
                Text(
                    x + (width / 2),
                    y + 17,
                    count.ToString(CultureInfo.InvariantCulture),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("fill", RagPalette.TextOnFill),
                    new XAttribute("aria-hidden", "true")
                )
            );
        }
        return segment;
    }
}
