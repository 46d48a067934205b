using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>The one-sentence explanations of a computed progress RAG, in English whatever the server's culture.</summary>
internal static class ProgressExplanation
{
    private static readonly string[] ShortUnits =
    [
        Units.Days,
        Units.Weeks,
        Units.Months,
        Units.Hours,
        Units.Pounds,
        Units.ThousandPounds,
        Units.MillionPounds,
    ];

    /// <summary>"Latest actual 95% (as of 30 June 2023) meets the final November 2022 target of more than 90%."</summary>
    public static string MeetsFinal(ProgressRating rating) =>
        $"Latest actual {Actual(rating)} meets the final {Milestone(rating.Milestone)} target of {Target(rating)}.";

    /// <summary>
    /// "Latest actual 82% (as of 30 June 2023) is below the March 2024 target of more than 90% by 8 points,
    /// outside the 5-point tolerance."
    /// </summary>
    public static string Describe(Rag rag, ProgressRating rating)
    {
        var start = $"Latest actual {Actual(rating)}";
        var target = $"the {Milestone(rating.Milestone)} target of {Target(rating)}";
        if (rag == Rag.OnTrack)
        {
            return $"{start} meets {target}.";
        }

        var tolerance = $"{(rag == Rag.PartiallyMet ? "within" : "outside")} {Tolerance(rating)}";
        if (rating.Comparison.Shortfall == 0)
        {
            return $"{start} equals but does not pass {target}, {tolerance}.";
        }

        var side = rating.Actual.Value < rating.Milestone.Target!.Value ? "below" : "above";
        return $"{start} is {side} {target} by {Difference(rating)}, {tolerance}.";
    }

    /// <summary>The unit to write figures in: "days" for "days average wait"; none for descriptive units.</summary>
    public static string? ShortUnit(string? unit)
    {
        var first = unit?.Trim().Split(' ')[0];
        return ShortUnits.FirstOrDefault(u => u == first);
    }

    private static string Actual(ProgressRating rating)
    {
        var actual = rating.Actual;
        var when =
            actual.AsOf is { } asOf ? $"as of {PartialDateDisplay.Day(asOf)}"
            : actual.RecordedAt != default
                ? $"recorded {PartialDateDisplay.Day(DateOnly.FromDateTime(actual.RecordedAt.UtcDateTime))}"
            : "undated";
        return $"{Units.Format(actual.Value!.Value, rating.Unit)} ({when})";
    }

    private static string Milestone(KpiMilestone milestone)
    {
        var due = milestone.DueDate?.Display;
        return string.IsNullOrWhiteSpace(due) ? milestone.Label.Trim() : due;
    }

    private static string Target(ProgressRating rating)
    {
        var target = rating.Milestone.Target!;
        var figure = Units.Format(target.Value!.Value, rating.Unit);
        return target.Comparator == Comparator.Equal
            ? figure
            : $"{ComparatorText.ToText(target.Comparator)} {figure}";
    }

    private static string Difference(ProgressRating rating) =>
        rating.Unit == Units.Percent
            ? $"{Units.FormatNumber(rating.Comparison.Shortfall)} {(rating.Comparison.Shortfall == 1 ? "point" : "points")}"
            : Units.Format(rating.Comparison.Shortfall, rating.Unit);

    private static string Tolerance(ProgressRating rating) =>
        rating.Unit == Units.Percent
            ? $"the {Units.FormatNumber(rating.Tolerance)}-point tolerance"
            : $"the tolerance of {Units.Format(rating.Tolerance, rating.Unit)}";
}
