using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Plans;

/// <summary>A dated version or submission of a plan.</summary>
public sealed class PlanVersion : Entity
{
    /// <summary>The plan.</summary>
    public Guid PlanId { get; set; }

    /// <summary>The version's name, e.g. "November 2022 update".</summary>
    public required string Label { get; set; }

    /// <summary>What happened to it, e.g. "submitted to DfE".</summary>
    public string? Event { get; set; }

    /// <summary>When.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Note { get; set; }
}
