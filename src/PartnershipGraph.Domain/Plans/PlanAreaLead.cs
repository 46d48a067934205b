using PartnershipGraph.Domain.Common;

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
}
