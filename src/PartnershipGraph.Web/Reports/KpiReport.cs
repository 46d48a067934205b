using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Charts;
using PartnershipGraph.Web.GraphQL.Kpis;

namespace PartnershipGraph.Web.Reports;

/// <summary>A KPI as a report shows it: its computed progress RAG with the explanation, its trajectory as a table and as chart data.</summary>
public sealed record KpiReport(
    Guid Id,
    string Ref,
    string Description,
    KpiDirection Direction,
    ProgressAssessment Progress,
    IReadOnlyList<TrajectoryPoint> Trajectory,
    TrajectoryChartData Chart
);
