using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.Pages.Admin.Dashboards;

/// <summary>The monthly highlight report to the improvement board, laid out to print: per area the RAG summary,
/// actions off track with their latest narrative, KPIs with their computed RAG, and overdue or stale actions.</summary>
public sealed class ReportModel(PlanDashboardReader reader, IActorAccessor actors)
    : DashboardPageModel(reader, actors);
