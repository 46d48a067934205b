using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>A dated target on the way to a KPI's final target.</summary>
public sealed class KpiMilestone : Entity
{
    /// <summary>The KPI.</summary>
    public Guid KpiId { get; set; }

    /// <summary>The milestone's position; the last one holds the final target.</summary>
    public int Sequence { get; set; }

    /// <summary>The milestone's name, e.g. "3 months – February".</summary>
    public required string Label { get; set; }

    /// <summary>When the target is due.</summary>
    public PartialDate? DueDate { get; set; }

    /// <summary>The target.</summary>
    public Target? Target { get; set; }

    /// <summary>The KPI (a navigation, loaded only when queried).</summary>
    public Kpi? Kpi { get; set; }
}
