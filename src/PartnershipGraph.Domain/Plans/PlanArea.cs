using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Plans;

/// <summary>An area of weakness or priority within a plan.</summary>
public sealed class PlanArea : Entity
{
    /// <summary>The plan.</summary>
    public Guid PlanId { get; set; }

    /// <summary>The area's number within the plan.</summary>
    public int Number { get; set; }

    /// <summary>The area's title.</summary>
    public required string Title { get; set; }

    /// <summary>The weakness the area answers, as the notice states it.</summary>
    public string? WeaknessStatement { get; set; }

    /// <summary>The outcome the area aims for.</summary>
    public string? EndOutcome { get; set; }

    /// <summary>Whether the area is still active.</summary>
    public PlanAreaStatus Status { get; set; }

    /// <summary>When it was stepped down.</summary>
    public DateOnly? SteppedDownOn { get; set; }

    /// <summary>Why it was stepped down.</summary>
    public string? StepDownReason { get; set; }

    /// <summary>The plan the area belongs to (a navigation, loaded only when queried).</summary>
    public ImprovementPlan? Plan { get; set; }

    /// <summary>The area's actions (a navigation, loaded only when queried).</summary>
    public List<PlanAction> Actions { get; set; } = [];

    /// <summary>The area's leads (a navigation, loaded only when queried).</summary>
    public List<PlanAreaLead> Leads { get; set; } = [];
}
