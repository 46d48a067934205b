using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>The values an administrator or area lead gives a KPI; the baseline date as written, e.g. "2021/22".</summary>
public sealed record KpiInput(
    Guid PlanId,
    string Ref,
    string Description,
    KpiDirection Direction,
    Guid? PlanAreaId = null,
    Guid? ActionId = null,
    KpiRowType RowType = KpiRowType.Kpi,
    string? Unit = null,
    decimal? BaselineValue = null,
    string? BaselineText = null,
    string? BaselineDate = null,
    string? ExpectedProgressText = null,
    decimal? Tolerance = null,
    string? Notes = null
);
