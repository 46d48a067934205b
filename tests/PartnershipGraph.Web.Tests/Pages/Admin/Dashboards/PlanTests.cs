using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Reports;
using PartnershipGraph.Web.Tests.Charts;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Dashboards;

public sealed partial class PlanTests : IDisposable
{
    private readonly DashboardTestHost _host = new(
        new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)
    );

    [Fact]
    public async Task Draws_the_rag_counts_per_area_as_an_accessible_chart_with_a_table_of_the_same_counts()
    {
        var id = await _host.PlanIdAsync();

        var html = await _host.PageAsync($"/Admin/Dashboards/Plan/{id}");

        var svg = DashboardTestHost.Svg(html, "area-rag");
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Contains(
            "4. Area 4: 10 actions: 6 met, 2 on track, 1 partially met, 1 not on track.",
            svg.Element(SvgDocument.Ns + "desc")!.Value,
            StringComparison.Ordinal
        );
        var area4 = svg.Descendants(SvgDocument.Ns + "rect")
            .Where(r => r.Attribute("data-rag") is not null)
            .Where(r =>
                r.Parent!.Parent!.Elements(SvgDocument.Ns + "text").First().Value == "4. Area 4"
            )
            .ToDictionary(
                r => (string)r.Attribute("data-rag")!,
                r => SvgDocument.Number(r, "width")
            );
        Assert.Equal(area4["Met"] / 6, area4["NotOnTrack"], 1);
        Assert.Equal(["6", "2", "1", "1", "0"], RowCounts(html, "4. Area 4"));
        Assert.Contains(
            "<link rel=\"stylesheet\" href=\"/css/dashboard.css",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Lists_every_action_past_its_due_date_and_not_met_as_overdue()
    {
        var id = await _host.PlanIdAsync();
        var expected = await _host.QueryAsync(db =>
            db.Actions.Where(a =>
                    a.Area!.PlanId == id && a.CurrentRag != Rag.Met && a.DueDate!.End != null
                )
                .Select(a => a.Ref)
                .ToListAsync()
        );

        var html = await _host.PageAsync($"/Admin/Dashboards/Plan/{id}");

        Assert.NotEmpty(expected);
        Assert.Contains($"Overdue actions ({expected.Count})", html, StringComparison.Ordinal);
        var overdue = DashboardTestHost.Between(html, "id=\"overdue-heading\"", "</section>");
        Assert.Equal(
            expected.Order().ToList(),
            RefCells().Matches(overdue).Select(m => m.Groups[1].Value).Order().ToList()
        );
    }

    [Fact]
    public async Task Shows_no_overdue_action_before_any_is_due()
    {
        using var early = new DashboardTestHost(
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)
        );
        var id = await early.PlanIdAsync();

        var html = await early.PageAsync($"/Admin/Dashboards/Plan/{id}");

        Assert.Contains("Overdue actions (0)", html, StringComparison.Ordinal);
        Assert.Contains("No action is overdue.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_a_numeric_kpi_and_says_a_narrative_only_kpi_is_not_rated()
    {
        var id = await _host.PlanIdAsync();
        var kpis = await _host.QueryAsync(db =>
            db.Kpis.Where(k => k.PlanId == id && k.RowType == KpiRowType.Kpi)
                .Include(k => k.Milestones)
                .Include(k => k.Actuals)
                .AsSplitQuery()
                .ToListAsync()
        );
        var charted = kpis.OrderBy(k => k.Id)
            .First(k =>
                k.Direction != KpiDirection.NarrativeOnly && k.Actuals.Any(a => a.Value != null)
            );
        var narratives = kpis.Where(k => k.Direction == KpiDirection.NarrativeOnly).ToList();

        var html = await _host.PageAsync($"/Admin/Dashboards/Plan/{id}");

        var chart = DashboardTestHost.Svg(html, $"chart-{charted.Id:N}");
        Assert.Equal(
            KpiChartData.For(charted).Actuals.Count,
            SvgDocument.WithClass(chart, "circle", "actual").Count()
        );
        Assert.Equal(
            $"chart-{charted.Id:N}-title chart-{charted.Id:N}-desc",
            (string?)chart.Attribute("aria-labelledby")
        );
        Assert.NotEmpty(narratives);
        Assert.All(
            narratives,
            k =>
            {
                var article = DashboardTestHost.Between(html, $"id=\"kpi-{k.Id:N}\"", "</article>");
                Assert.Contains(">Not rated</span>", article, StringComparison.Ordinal);
                Assert.Contains(
                    "is narrative-only, so no progress RAG is computed.",
                    article,
                    StringComparison.Ordinal
                );
                if (KpiChartData.For(k).IsEmpty)
                {
                    Assert.Contains(
                        "No dated figures to chart: this KPI is narrative-only.",
                        article,
                        StringComparison.Ordinal
                    );
                    Assert.DoesNotContain("<svg", article, StringComparison.Ordinal);
                }
            }
        );
    }

    [Fact]
    public async Task Answers_not_found_for_an_unknown_plan_and_a_plan_outside_the_readers_scope()
    {
        var id = await _host.PlanIdAsync();
        using var elsewhere = _host.CreateClient(Role.BoardMember, Guid.NewGuid());
        using var inScope = _host.CreateClient(Role.BoardMember);

        using var outOfScope = await elsewhere.GetAsync($"/Admin/Dashboards/Plan/{id}");
        using var unknown = await inScope.GetAsync($"/Admin/Dashboards/Plan/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Sends_an_anonymous_visitor_to_sign_in()
    {
        var id = await _host.PlanIdAsync();
        using var anonymous = _host.CreateClient(role: null);

        using var response = await anonymous.GetAsync($"/Admin/Dashboards/Plan/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(
            "/Account/SignIn",
            response.Headers.Location!.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Lists_the_readable_plans_with_links_to_their_dashboard_and_report()
    {
        var id = await _host.PlanIdAsync();

        var html = await _host.PageAsync("/Admin/Dashboards");

        Assert.Contains(DashboardTestHost.NorthSomerset, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Dashboards/Plan/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Dashboards/Report/{id}\"", html, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    private static string[] RowCounts(string html, string rowHeading)
    {
        var row = DashboardTestHost.Between(html, $">{rowHeading}</th>", "</tr>");
        return [.. CountCell().Matches(row).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("""<td class="count" data-rag="\w+">(\d+)</td>""")]
    private static partial Regex CountCell();

    [GeneratedRegex("""<th scope="row">([^<]+)</th>""")]
    private static partial Regex RefCells();
}
