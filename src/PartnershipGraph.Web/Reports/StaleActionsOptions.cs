using System.ComponentModel.DataAnnotations;

namespace PartnershipGraph.Web.Reports;

/// <summary>When an action counts as stale; bound from the <c>StaleActions</c> configuration section.</summary>
public sealed class StaleActionsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "StaleActions";

    /// <summary>How many days without a progress update make an action stale, when a report (or the <c>staleActions</c> field) is given no <c>days</c>.</summary>
    /// <value>Default: 90.</value>
    [Range(1, 3650)]
    public int DefaultDays { get; set; } = 90;
}
