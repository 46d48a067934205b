using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Domain.Actions;

/// <summary>An action of a plan area (called "Action" in the API; the name avoids <see cref="System.Action"/>).</summary>
public sealed class PlanAction : Entity
{
    /// <summary>The plan area the action belongs to.</summary>
    public Guid PlanAreaId { get; set; }

    /// <summary>The action's reference, e.g. "1.1" or "4.3b".</summary>
    public required string Ref { get; set; }

    /// <summary>The parent action of a sub-action.</summary>
    public Guid? ParentActionId { get; set; }

    /// <summary>What is to be done.</summary>
    public required string Description { get; set; }

    /// <summary>The title, where the paper gives one besides the description.</summary>
    public string? Title { get; set; }

    /// <summary>When it is due, as written and as parsed.</summary>
    public PartialDate? DueDate { get; set; }

    /// <summary>The organisation that leads it.</summary>
    public Guid? LeadOrganisationId { get; set; }

    /// <summary>The RAG of the latest progress update; kept here so lists can filter and sort on it.</summary>
    public Rag CurrentRag { get; set; } = Rag.NotRated;

    /// <summary>The KPI wording the action table gives, separated by new lines.</summary>
    public string? KpiText { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The area the action belongs to (a navigation, loaded only when queried).</summary>
    public PlanArea? Area { get; set; }

    /// <summary>The KPIs measuring the action (a navigation, loaded only when queried).</summary>
    public List<Kpi> Kpis { get; set; } = [];

    /// <summary>The action's progress updates (a navigation, loaded only when queried).</summary>
    public List<ActionUpdate> Updates { get; set; } = [];

    /// <summary>The people and groups responsible for the action (a navigation, loaded only when queried).</summary>
    public List<ActionResponsible> Responsibles { get; set; } = [];

    /// <summary>The schools delivering the action (a navigation, loaded only when queried).</summary>
    public List<SchoolActionRole> SchoolRoles { get; set; } = [];
}
