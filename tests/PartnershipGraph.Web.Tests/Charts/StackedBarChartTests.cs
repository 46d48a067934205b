using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Charts;
using PartnershipGraph.Web.GraphQL.Common;
using static PartnershipGraph.Web.Tests.Charts.SvgDocument;

namespace PartnershipGraph.Web.Tests.Charts;

public sealed class StackedBarChartTests
{
    [Fact]
    public void Draws_segment_widths_proportional_to_the_counts_on_one_shared_axis()
    {
        var svg = Parse(
            StackedBarChart.Render(
                "c",
                "Actions by RAG",
                "desc",
                [
                    new StackedBarRow("Area 1", new RagSummary(2, 4, 0, 1, 0)),
                    new StackedBarRow("Area 2", new RagSummary(0, 0, 0, 0, 8)),
                ]
            )
        );

        var rects = svg.Descendants(Ns + "rect").Where(r => r.Attribute("data-rag") is not null);
        var widths = rects.ToDictionary(
            r =>
                (
                    (string)r.Attribute("data-rag")!,
                    (string)r.Parent!.Parent!.Elements(Ns + "text").First().Value
                ),
            r => Number(r, "width")
        );
        Assert.Equal(4, widths.Count);
        var perAction = widths[("Met", "Area 1")] / 2;
        Assert.True(perAction > 0);
        Assert.Equal(4 * perAction, widths[("OnTrack", "Area 1")], 1);
        Assert.Equal(1 * perAction, widths[("NotOnTrack", "Area 1")], 1);
        Assert.Equal(8 * perAction, widths[("NotRated", "Area 2")], 1);
        Assert.True(8 * perAction <= StackedBarChart.BarLength);
    }

    [Fact]
    public void Stacks_segments_end_to_end_from_the_bar_start_in_rag_order()
    {
        var svg = Parse(
            StackedBarChart.Render(
                "c",
                "t",
                "d",
                [new StackedBarRow("Area 1", new RagSummary(1, 2, 3, 4, 0))]
            )
        );

        var rects = svg.Descendants(Ns + "rect")
            .Where(r => r.Attribute("data-rag") is not null)
            .ToList();
        Assert.Equal(
            ["Met", "OnTrack", "PartiallyMet", "NotOnTrack"],
            rects.Select(r => (string)r.Attribute("data-rag")!)
        );
        Assert.Equal(StackedBarChart.BarLeft, Number(rects[0], "x"));
        for (var i = 1; i < rects.Count; i++)
        {
            Assert.Equal(
                Number(rects[i - 1], "x") + Number(rects[i - 1], "width"),
                Number(rects[i], "x"),
                1
            );
        }
    }

    [Fact]
    public void Is_an_image_named_by_its_own_title_and_description()
    {
        var svg = Parse(
            StackedBarChart.Render(
                "area-rag",
                "Actions by RAG",
                "Seven actions.",
                [new StackedBarRow("A", new RagSummary(1, 0, 0, 0, 0))]
            )
        );

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("area-rag-title area-rag-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Actions by RAG", svg.Element(Ns + "title")!.Value);
        Assert.Equal("area-rag-title", (string?)svg.Element(Ns + "title")!.Attribute("id"));
        Assert.Equal("Seven actions.", svg.Element(Ns + "desc")!.Value);
    }

    [Fact]
    public void Names_every_rag_in_words_in_the_legend_and_in_each_segment_title()
    {
        var svg = Parse(
            StackedBarChart.Render(
                "c",
                "t",
                "d",
                [new StackedBarRow("Area 4", new RagSummary(6, 2, 1, 1, 0))]
            )
        );

        var legend = WithClass(svg, "g", "legend")
            .Single()
            .Elements(Ns + "text")
            .Select(t => t.Value);
        Assert.Equal(["Met", "On track", "Partially met", "Not on track", "Not rated"], legend);
        var titles = svg.Descendants(Ns + "rect")
            .Select(r => r.Element(Ns + "title")?.Value)
            .OfType<string>();
        Assert.Equal(
            [
                "Area 4: 6 Met",
                "Area 4: 2 On track",
                "Area 4: 1 Partially met",
                "Area 4: 1 Not on track",
            ],
            titles
        );
    }

    [Fact]
    public void Escapes_labels_and_drops_characters_xml_cannot_hold()
    {
        var label = "R&D <script>alert(\"x\")</script>\u0001";
        var html = StackedBarChart.Render(
            "c",
            "Title & <b>",
            "d \"quoted\"",
            [new StackedBarRow(label, new RagSummary(0, 1, 0, 0, 0))]
        );

        Assert.DoesNotContain("<script>", html.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html.Value, StringComparison.Ordinal);
        var svg = Parse(html);
        Assert.Equal("Title & <b>", svg.Element(Ns + "title")!.Value);
        var titles = svg.Descendants(Ns + "title").Select(t => t.Value).ToList();
        Assert.Contains("R&D <script>alert(\"x\")</script>: 1 On track", titles);
    }

    [Fact]
    public void Says_there_is_nothing_to_count_when_there_are_no_rows()
    {
        var svg = Parse(StackedBarChart.Render("c", "t", "d", []));

        Assert.Empty(svg.Descendants(Ns + "rect"));
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == "No actions to count.");
    }

    [Fact]
    public void Draws_a_row_with_no_actions_as_an_empty_bar_with_a_zero_total()
    {
        var svg = Parse(
            StackedBarChart.Render(
                "c",
                "t",
                "d",
                [new StackedBarRow("Empty area", new RagSummary(0, 0, 0, 0, 0))]
            )
        );

        Assert.DoesNotContain(
            svg.Descendants(Ns + "rect"),
            r => r.Attribute("data-rag") is not null
        );
        Assert.Equal("0", WithClass(svg, "text", "total").Single().Value);
        Assert.Contains(
            WithClass(svg, "g", "axis").Single().Elements(Ns + "text"),
            t => t.Value == "Number of actions"
        );
    }
}
