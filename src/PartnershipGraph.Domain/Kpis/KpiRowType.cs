namespace PartnershipGraph.Domain.Kpis;

/// <summary>What a scorecard row is.</summary>
public enum KpiRowType
{
    /// <summary>A KPI.</summary>
    Kpi,

    /// <summary>A measure under the KPI above it.</summary>
    SubMeasure,

    /// <summary>The continuation of the row above it.</summary>
    Continuation,

    /// <summary>A pointer to a KPI elsewhere in the plan.</summary>
    CrossReference,
}
