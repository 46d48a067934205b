using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Domain.People;

/// <summary>A named officer, lead or board member. No contact details are stored.</summary>
public sealed class Person : Entity
{
    /// <summary>The local area the person works in.</summary>
    public Guid LocalAreaId { get; set; }

    /// <summary>The person's published name.</summary>
    public required string Name { get; set; }

    /// <summary>The job title or role as the papers state it.</summary>
    public string? JobTitle { get; set; }

    /// <summary>The organisation the person works for, if known.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The areas the person leads (a navigation, loaded only when queried).</summary>
    public List<PlanAreaLead> AreaLeads { get; set; } = [];

    /// <summary>The actions the person is responsible for (a navigation, loaded only when queried).</summary>
    public List<ActionResponsible> Responsibilities { get; set; } = [];

    /// <summary>The person's board seats (a navigation, loaded only when queried).</summary>
    public List<BoardMembership> Memberships { get; set; } = [];
}
