using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>
/// The values an administrator gives a KPI milestone: the due date as written, and the target as written with,
/// optionally, its figure; without a figure the figure is read from the text ("More than 90%").
/// </summary>
public sealed record KpiMilestoneInput(
    Guid KpiId,
    int Sequence,
    string Label,
    string? DueDate = null,
    string? TargetText = null,
    decimal? TargetValue = null,
    Comparator TargetComparator = Comparator.Equal,
    string? TargetUnit = null
);
