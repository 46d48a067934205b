using System.ComponentModel.DataAnnotations;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>Settings for the computed progress RAG, bound from the "ProgressRag" configuration section.</summary>
public sealed class ProgressRagOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ProgressRag";

    /// <summary>
    /// How close to a target counts as partially met when a KPI sets no tolerance of its own:
    /// percentage points for a percentage KPI, otherwise this percentage of the target.
    /// </summary>
    /// <value>5.</value>
    [Range(typeof(decimal), "0", "100")]
    public decimal DefaultTolerancePercent { get; set; } = 5;
}
