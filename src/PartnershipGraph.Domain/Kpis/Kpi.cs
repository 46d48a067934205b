using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>A key performance indicator: a baseline, dated milestone targets and recorded actuals.</summary>
public sealed class Kpi : Entity
{
    /// <summary>The plan the KPI measures.</summary>
    public Guid PlanId { get; set; }

    /// <summary>The plan area, when the KPI belongs to one.</summary>
    public Guid? PlanAreaId { get; set; }

    /// <summary>The action it measures, if one.</summary>
    public Guid? ActionId { get; set; }

    /// <summary>The KPI's reference, e.g. "1.1".</summary>
    public required string Ref { get; set; }

    /// <summary>What the scorecard row is.</summary>
    public KpiRowType RowType { get; set; }

    /// <summary>What is measured.</summary>
    public required string Description { get; set; }

    /// <summary>A short description of the unit, e.g. "%".</summary>
    public string? Unit { get; set; }

    /// <summary>Which way it improves.</summary>
    public KpiDirection Direction { get; set; }

    /// <summary>True when the direction was inferred from the wording.</summary>
    public bool IsDirectionInferred { get; set; }

    /// <summary>The baseline figure, where one is stated.</summary>
    public decimal? BaselineValue { get; set; }

    /// <summary>The baseline as written.</summary>
    public string? BaselineText { get; set; }

    /// <summary>When the baseline was taken.</summary>
    public PartialDate? BaselineDate { get; set; }

    /// <summary>The progress the plan expected by a later review, as written.</summary>
    public string? ExpectedProgressText { get; set; }

    /// <summary>The figure within which a value counts as close to target; null means the configured default.</summary>
    public decimal? Tolerance { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The plan the KPI belongs to (a navigation, loaded only when queried).</summary>
    public ImprovementPlan? Plan { get; set; }

    /// <summary>The action the KPI measures (a navigation, loaded only when queried).</summary>
    public PlanAction? Action { get; set; }

    /// <summary>The KPI's milestones (a navigation, loaded only when queried).</summary>
    public List<KpiMilestone> Milestones { get; set; } = [];

    /// <summary>The KPI's recorded actuals (a navigation, loaded only when queried).</summary>
    public List<KpiActual> Actuals { get; set; } = [];
}
