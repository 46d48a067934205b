namespace PartnershipGraph.Domain.Common;

/// <summary>A target as the papers write it: the text, and where it states a figure, the value, comparator and unit.</summary>
/// <param name="Text">The target exactly as written.</param>
/// <param name="Value">The figure, if the text states a clear one.</param>
/// <param name="Comparator">How an actual is compared with <paramref name="Value"/>.</param>
/// <param name="Unit">A short description of the unit, e.g. "%" or "% of agencies".</param>
public sealed record Target(
    string? Text,
    decimal? Value,
    Comparator Comparator = Comparator.Equal,
    string? Unit = null
)
{
    /// <summary>The target for a reader: "more than 90%", "fewer than 5", or the text as written when it states no figure.</summary>
    /// <remarks>Computed from the other properties; not stored.</remarks>
    public string Display =>
        Value is { } value
            ? (
                Comparator == Comparator.Equal
                    ? string.Empty
                    : ComparatorText.ToText(Comparator) + " "
            ) + Units.Format(value, Unit)
            : Text?.Trim() ?? string.Empty;

    /// <summary>Reads a target as the papers write it: "More than 90% of schools", "Fewer than 2", "Target = 18 workshops", "reduce to 5%".</summary>
    /// <remarks>
    /// The first figure that is not a year, a day of a month or a label ("Year 6", "within 6 weeks") is the value;
    /// narrative with no such figure has no value. "Increase by 10%" is at least a 10% increase.
    /// </remarks>
    /// <param name="text">The target as written; kept unchanged in <see cref="Text"/>.</param>
    public static Target Parse(string? text) => TargetParser.Parse(text);
}
