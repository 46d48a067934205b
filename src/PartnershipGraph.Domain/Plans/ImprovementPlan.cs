using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Plans;

/// <summary>An improvement plan or strategy of a local area.</summary>
public sealed class ImprovementPlan : Entity
{
    /// <summary>The local area that owns the plan.</summary>
    public Guid LocalAreaId { get; set; }

    /// <summary>The plan's title.</summary>
    public required string Title { get; set; }

    /// <summary>True when the title was made up by an editor because the source has none.</summary>
    public bool IsTitleInferred { get; set; }

    /// <summary>What kind of plan it is.</summary>
    public PlanKind Kind { get; set; }

    /// <summary>What triggered it, e.g. "Improvement Notice".</summary>
    public string? TriggerType { get; set; }

    /// <summary>A sentence on what triggered it.</summary>
    public string? TriggerDescription { get; set; }

    /// <summary>When the trigger happened.</summary>
    public PartialDate? TriggerDate { get; set; }

    /// <summary>The board that monitors the plan.</summary>
    public Guid? MonitoringBoardId { get; set; }

    /// <summary>What the plan calls its areas, e.g. "Area of serious weakness".</summary>
    public string AreaLabel { get; set; } = "Area of serious weakness";

    /// <summary>True when partners may read the plan.</summary>
    public bool IsPublished { get; set; }

    /// <summary>The plan's areas (a navigation, loaded only when queried).</summary>
    public List<PlanArea> Areas { get; set; } = [];

    /// <summary>The board that monitors the plan (a navigation, loaded only when queried).</summary>
    public PartnershipBoard? MonitoringBoard { get; set; }
}
