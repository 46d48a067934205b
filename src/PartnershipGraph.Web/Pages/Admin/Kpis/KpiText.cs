using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>Words for a KPI's enumerations on a page.</summary>
public static class KpiText
{
    /// <summary>Which way the KPI improves, in words.</summary>
    public static string Direction(KpiDirection direction) =>
        direction switch
        {
            KpiDirection.HigherIsBetter => "Higher is better",
            KpiDirection.LowerIsBetter => "Lower is better",
            _ => "Narrative only",
        };
}
