namespace PartnershipGraph.Domain.Plans;

/// <summary>Whether a plan area is still being worked on.</summary>
public enum PlanAreaStatus
{
    /// <summary>Still monitored.</summary>
    Active,

    /// <summary>Stepped down: the overseers were satisfied with progress.</summary>
    SteppedDown,
}
