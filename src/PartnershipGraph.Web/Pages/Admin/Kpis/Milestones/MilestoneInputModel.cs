using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>A milestone as typed into its form: the due date and target as written, an optional explicit figure, and the version it was shown at.</summary>
public sealed class MilestoneInputModel : IVersionedForm
{
    /// <summary>The milestone's position; the last holds the final target.</summary>
    public int Sequence { get; set; } = 1;

    /// <summary>The milestone's name, e.g. "3 months – February".</summary>
    public string? Label { get; set; }

    /// <summary>When it is due, as written: "May 22", "Spring 2023", "31/03/2023".</summary>
    public string? DueDate { get; set; }

    /// <summary>The target as written: "More than 90%".</summary>
    public string? TargetText { get; set; }

    /// <summary>True when the target is narrative and states no figure on purpose.</summary>
    public bool TargetIsNarrative { get; set; }

    /// <summary>A figure that overrides the one read from the text.</summary>
    public decimal? TargetValue { get; set; }

    /// <summary>How an actual compares with <see cref="TargetValue"/>.</summary>
    public Comparator TargetComparator { get; set; }

    /// <summary>The unit of <see cref="TargetValue"/>.</summary>
    public string? TargetUnit { get; set; }

    /// <summary>The milestone's version when the form was shown; 0 on create.</summary>
    public int Version { get; set; }

    /// <summary>The form's values for an existing milestone; the figure only when it differs from what the text reads as.</summary>
    public static MilestoneInputModel From(KpiMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var target = milestone.Target;
        var parsed = Target.Parse(target?.Text);
        var explicitFigure = target?.Value is not null && parsed != target;
        return new MilestoneInputModel
        {
            Sequence = milestone.Sequence,
            Label = milestone.Label,
            DueDate = milestone.DueDate?.Text ?? milestone.DueDate?.Display,
            TargetText = target?.Text,
            TargetIsNarrative = target is not null && target.Value is null,
            TargetValue = explicitFigure ? target!.Value : null,
            TargetComparator = explicitFigure ? target!.Comparator : Comparator.Equal,
            TargetUnit = explicitFigure ? target!.Unit : null,
            Version = milestone.Version,
        };
    }

    /// <summary>The service's input for the KPI <paramref name="kpiId"/>.</summary>
    public KpiMilestoneInput ToService(Guid kpiId) =>
        new(
            kpiId,
            Sequence,
            Label ?? string.Empty,
            DueDate,
            TargetText,
            TargetValue,
            TargetComparator,
            TargetValue is null ? null : TargetUnit
        );
}
