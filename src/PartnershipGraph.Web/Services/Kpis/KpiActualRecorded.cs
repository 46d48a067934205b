using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>The KPI after an actual was recorded, and the actual that was appended.</summary>
public sealed record KpiActualRecorded(Kpi Kpi, KpiActual Actual);
