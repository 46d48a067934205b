using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.People;

namespace PartnershipGraph.Domain.Plans;

/// <summary>A person or group leading a plan area.</summary>
public sealed class PlanAreaLead : Entity
{
    /// <summary>The area.</summary>
    public Guid PlanAreaId { get; set; }

    /// <summary>The lead, when a person.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The lead's name as written; the only identification when a group leads.</summary>
    public required string NameAsWritten { get; set; }

    /// <summary>The organisation the lead speaks for.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The area led (a navigation, loaded only when queried).</summary>
    public PlanArea? Area { get; set; }

    /// <summary>The named person leading the area, when known (a navigation, loaded only when queried).</summary>
    public Person? Person { get; set; }
}
