using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.Pages.Admin.Dashboards;

/// <summary>A plan's dashboard: RAG per area as a chart and a table, overdue and stale actions, and every KPI's trajectory.</summary>
public sealed class PlanModel(PlanDashboardReader reader, IActorAccessor actors)
    : DashboardPageModel(reader, actors);
