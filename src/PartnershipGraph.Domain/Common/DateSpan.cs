namespace PartnershipGraph.Domain.Common;

/// <summary>A parsed stretch of days, and whether its year came from outside the text.</summary>
internal readonly record struct DateSpan(
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    bool YearDefaulted = false
);
