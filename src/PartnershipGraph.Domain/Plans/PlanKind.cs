namespace PartnershipGraph.Domain.Plans;

/// <summary>What kind of plan it is, which says what triggered it.</summary>
public enum PlanKind
{
    /// <summary>A plan answering an improvement notice.</summary>
    ImprovementNoticePlan,

    /// <summary>A written statement of action after an inspection.</summary>
    WrittenStatementOfAction,

    /// <summary>An accelerated progress plan.</summary>
    AcceleratedProgressPlan,

    /// <summary>A priority action plan.</summary>
    PriorityActionPlan,

    /// <summary>A strategy the area set itself.</summary>
    LocalStrategy,
}
