using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Actions;

/// <summary>A step towards an action, with its timescale and progress as written.</summary>
public sealed class ActionMilestone : Entity
{
    /// <summary>The action.</summary>
    public Guid ActionId { get; set; }

    /// <summary>The step's position in the action's list.</summary>
    public int Sequence { get; set; }

    /// <summary>What the step is.</summary>
    public required string Text { get; set; }

    /// <summary>When it is due.</summary>
    public PartialDate? DueDate { get; set; }

    /// <summary>The progress the paper reports against it.</summary>
    public string? ProgressAsWritten { get; set; }

    /// <summary>True when the step, its timescale and progress were matched by position rather than stated together.</summary>
    public bool IsAlignmentInferred { get; set; }
}
