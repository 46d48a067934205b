using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Schools;

/// <summary>An action a school delivers, such as hosting a nurture hub.</summary>
public sealed class SchoolActionRole : Entity
{
    /// <summary>The school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>The action.</summary>
    public Guid ActionId { get; set; }

    /// <summary>What the school does for the action, as written.</summary>
    public string? Description { get; set; }

    /// <summary>The school (a navigation, loaded only when queried).</summary>
    public School? School { get; set; }

    /// <summary>The action (a navigation, loaded only when queried).</summary>
    public PlanAction? Action { get; set; }
}
