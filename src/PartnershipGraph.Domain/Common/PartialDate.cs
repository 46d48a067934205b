namespace PartnershipGraph.Domain.Common;

/// <summary>A date as the papers write it: the text as written, the range it denotes where that can be parsed, and how precise it is.</summary>
/// <param name="Text">The date exactly as written, e.g. "Spring/Summer 22"; null when the paper gave only a date.</param>
/// <param name="Start">The first day the text can mean, if known.</param>
/// <param name="End">The last day the text can mean, if known; the date used for "by when" comparisons.</param>
/// <param name="Precision">How exactly the date is known.</param>
/// <param name="IsInferred">True when the parsed dates were inferred by an editor rather than stated.</param>
public sealed record PartialDate(
    string? Text,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    bool IsInferred = false
);
