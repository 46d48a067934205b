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
)
{
    /// <summary>The date for a reader, e.g. "May 2022", "Spring and Summer terms 2022", "2023/24"; the text as written when nothing was parsed.</summary>
    /// <remarks>Computed from the other properties; not stored.</remarks>
    public string Display => PartialDateDisplay.Format(this);

    /// <summary>Reads a date as the papers write it ("May 22", "Spring/Summer 22", "March - July 22", "2023/24", "31/03/2023", "tbc"). Never throws.</summary>
    /// <param name="text">The date as written; kept unchanged in <see cref="Text"/>.</param>
    /// <param name="statedDate">A day the paper or an editor gave beside the text; used when the text names no date, and its year when the text names none.</param>
    /// <param name="inferred">True when the dates were inferred by an editor; also set when a year had to be supplied.</param>
    /// <param name="defaultYear">The year for text that names none ("29th June", "February"); wins over <paramref name="statedDate"/>'s year.</param>
    /// <returns>The parsed date; <see cref="DatePrecision.Unknown"/> with no dates when nothing could be read.</returns>
    public static PartialDate Parse(
        string? text,
        DateOnly? statedDate = null,
        bool inferred = false,
        int? defaultYear = null
    ) => PartialDateParser.Parse(text, statedDate, inferred, defaultYear);

    /// <summary>A single stated day, with no text.</summary>
    public static PartialDate FromDay(DateOnly day, bool inferred = false) =>
        new(null, day, day, DatePrecision.Day, inferred);
}
