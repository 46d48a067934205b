using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Charts;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.Pages.Admin.Dashboards;

/// <summary>What the dashboard and the board report share: one plan read under the reader's access rules.</summary>
public abstract class DashboardPageModel(PlanDashboardReader reader, IActorAccessor actors)
    : PageModel
{
    /// <summary>The plan's dashboard; set by <see cref="OnGetAsync"/>.</summary>
    public PlanDashboard Dashboard { get; private set; } = null!;

    /// <summary>Reads the plan; 404 when it does not exist or the reader may not see it.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dashboard = await reader.ReadAsync(id, actors.Actor, cancellationToken);
        if (dashboard is null)
        {
            return NotFound();
        }
        Dashboard = dashboard;
        return Page();
    }

    /// <summary>One bar per area.</summary>
    public IReadOnlyList<StackedBarRow> AreaRows =>
        [.. Dashboard.Areas.Select(a => new StackedBarRow(a.Heading, a.Rag))];

    /// <summary>The area chart's description: every area's counts in words.</summary>
    public string AreaChartDescription =>
        $"How many actions of each {Dashboard.AreaLabel.ToLowerInvariant()} stand at each RAG. "
        + string.Join(" ", Dashboard.Areas.Select(a => $"{a.Heading}: {Describe(a.Rag)}."));

    /// <summary>"7 actions: 6 met, 1 not on track".</summary>
    public static string Describe(RagSummary counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var parts = StackedBarChart
            .Order.Where(r => StackedBarChart.Count(counts, r) > 0)
            .Select(r =>
                $"{StackedBarChart.Count(counts, r)} {RagText.ToText(r).ToLowerInvariant()}"
            );
        return counts.Total == 0
            ? "no actions"
            : $"{counts.Total} {(counts.Total == 1 ? "action" : "actions")}: {string.Join(", ", parts)}";
    }

    /// <summary>A date for a reader: "30 June 2023".</summary>
    public static string Day(DateOnly day) => PartialDate.FromDay(day).Display;

    /// <summary>The day of an update for a reader, or "never".</summary>
    public static string Day(DateTimeOffset? moment) =>
        moment is { } m ? Day(DateOnly.FromDateTime(m.UtcDateTime)) : "never";
}
