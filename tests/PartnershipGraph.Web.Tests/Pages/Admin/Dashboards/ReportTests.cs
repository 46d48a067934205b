using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Dashboards;

public sealed class ReportTests : IDisposable
{
    private readonly DashboardTestHost _host = new(
        new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero)
    );

    [Fact]
    public async Task Reads_like_a_highlight_report_with_a_section_per_area()
    {
        var id = await _host.PlanIdAsync();

        var html = WebUtility.HtmlDecode(await _host.PageAsync($"/Admin/Dashboards/Report/{id}"));

        Assert.Contains(
            $"Highlight report: {DashboardTestHost.NorthSomerset}",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("Report date: 1 July 2023", html, StringComparison.Ordinal);
        var area4 = DashboardTestHost.Between(html, "<h2 id=\"area-4\">", "</section>");
        Assert.Contains(
            "RAG summary:</strong> 10 actions: 6 met, 2 on track, 1 partially met, 1 not on track.",
            area4,
            StringComparison.Ordinal
        );
        Assert.Contains("<h3>Actions off track</h3>", area4, StringComparison.Ordinal);
        Assert.Contains("<h3>KPIs</h3>", area4, StringComparison.Ordinal);
        Assert.Contains("<h3>Overdue actions</h3>", area4, StringComparison.Ordinal);
        Assert.Contains("<h3>Stale actions</h3>", area4, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_each_off_track_action_with_its_latest_narrative()
    {
        var id = await _host.PlanIdAsync();
        var offTrack = await _host.QueryAsync(db =>
            db.Actions.Where(a =>
                    a.Area!.PlanId == id
                    && a.Area.Number == 4
                    && (a.CurrentRag == Rag.NotOnTrack || a.CurrentRag == Rag.PartiallyMet)
                )
                .Select(a => new
                {
                    a.Ref,
                    Narrative = a
                        .Updates.OrderByDescending(u => u.RecordedAt)
                        .Select(u => u.Narrative)
                        .FirstOrDefault(),
                })
                .ToListAsync()
        );

        var html = WebUtility.HtmlDecode(await _host.PageAsync($"/Admin/Dashboards/Report/{id}"));

        var table = DashboardTestHost.Between(
            DashboardTestHost.Between(html, "<h2 id=\"area-4\">", "</section>"),
            "<h3>Actions off track</h3>",
            "</table>"
        );
        Assert.Equal(2, offTrack.Count);
        Assert.All(
            offTrack,
            a =>
            {
                Assert.Contains($"<th scope=\"row\">{a.Ref}</th>", table, StringComparison.Ordinal);
                Assert.Contains(
                    a.Narrative ?? "No narrative recorded.",
                    table,
                    StringComparison.Ordinal
                );
            }
        );
    }

    [Fact]
    public async Task Gives_each_kpi_its_computed_rag_with_the_explanation()
    {
        var id = await _host.PlanIdAsync();
        var kpi = await _host.QueryAsync(db =>
            db.Kpis.Where(k =>
                    k.PlanId == id
                    && k.RowType == KpiRowType.Kpi
                    && k.Actuals.Any(a => a.Value != null)
                )
                .Include(k => k.Milestones)
                .Include(k => k.Actuals)
                .AsSplitQuery()
                .OrderBy(k => k.Id)
                .FirstAsync()
        );
        var expected = ProgressRagCalculator.Compute(
            kpi,
            kpi.Milestones,
            kpi.Actuals,
            new DateOnly(2023, 7, 1),
            new ProgressRagOptions()
        );

        var html = WebUtility.HtmlDecode(await _host.PageAsync($"/Admin/Dashboards/Report/{id}"));

        var kpiTables = string.Join(
            "",
            html.Split("<table class=\"kpis\">")
                .Skip(1)
                .Select(t => t[..t.IndexOf("</table>", StringComparison.Ordinal)])
        );
        var row = DashboardTestHost.Between(
            kpiTables,
            $"<th scope=\"row\">{kpi.Ref}</th>",
            "</tr>"
        );
        Assert.Contains(
            $"data-rag=\"{expected.Rag}\">{RagText.ToText(expected.Rag)}</span>",
            row,
            StringComparison.Ordinal
        );
        Assert.Contains($"<td>{expected.Explanation}</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_a_print_stylesheet()
    {
        var id = await _host.PlanIdAsync();
        using var client = _host.CreateClient();

        var html = await _host.PageAsync($"/Admin/Dashboards/Report/{id}");
        var css = await client.GetStringAsync("/css/dashboard.css");

        Assert.Contains(
            "<link rel=\"stylesheet\" href=\"/css/dashboard.css",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("break-before: page", css, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
