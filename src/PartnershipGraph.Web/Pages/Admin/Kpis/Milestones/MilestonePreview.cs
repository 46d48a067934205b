using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.Kpis.Milestones;

/// <summary>How the typed due date and target read once parsed, so an editor sees what will be stored before saving.</summary>
/// <param name="DueDate">The due date read, or a sentence saying it could not be read; null when none was typed.</param>
/// <param name="Target">The target read, or a sentence saying no figure was found; null when none was typed.</param>
/// <param name="TargetHasFigure">True when the target states a figure the KPI can be rated against.</param>
public sealed record MilestonePreview(string? DueDate, string? Target, bool TargetHasFigure)
{
    /// <summary>The preview of a form's values.</summary>
    public static MilestonePreview Of(MilestoneInputModel input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? due = null;
        if (!string.IsNullOrWhiteSpace(input.DueDate))
        {
            var date = PartialDate.Parse(input.DueDate);
            due =
                date.Precision == DatePrecision.Unknown || date.End is null
                    ? $"\"{input.DueDate}\" could not be read as a date; it will be kept as written, and the milestone has no date to compare actuals with."
                    : $"{date.Display} (precision: {date.Precision.ToString().ToLowerInvariant()}, by {date.End:d MMM yyyy})";
        }
        if (input.TargetValue is { } value)
        {
            var explicitTarget = new Domain.Common.Target(
                input.TargetText,
                value,
                input.TargetComparator,
                input.TargetUnit
            );
            return new(due, explicitTarget.Display, true);
        }
        if (string.IsNullOrWhiteSpace(input.TargetText))
        {
            return new(due, null, false);
        }
        var target = Domain.Common.Target.Parse(input.TargetText);
        return target.Value is null
            ? new(due, $"No figure could be read from \"{input.TargetText.Trim()}\".", false)
            : new(due, target.Display, true);
    }
}
