using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Domain.Actions;

/// <summary>A person or group responsible for an action.</summary>
public sealed class ActionResponsible : Entity
{
    /// <summary>The action.</summary>
    public Guid ActionId { get; set; }

    /// <summary>The responsible person, when a person.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The name as written; the only identification when a group is responsible.</summary>
    public required string NameAsWritten { get; set; }

    /// <summary>True when a group or team, not a person, is responsible.</summary>
    public bool IsGroup { get; set; }

    /// <summary>The action (a navigation, loaded only when queried).</summary>
    public PlanAction? Action { get; set; }

    /// <summary>The named person, when known (a navigation, loaded only when queried).</summary>
    public Person? Person { get; set; }
}
