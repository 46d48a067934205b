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
);
