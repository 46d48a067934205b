namespace PartnershipGraph.Domain.Kpis;

/// <summary>Which way a KPI improves.</summary>
public enum KpiDirection
{
    /// <summary>A larger value is better.</summary>
    HigherIsBetter,

    /// <summary>A smaller value is better.</summary>
    LowerIsBetter,

    /// <summary>Progress is described in words only; no RAG is computed.</summary>
    NarrativeOnly,
}
