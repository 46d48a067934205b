using System.Globalization;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>How stored values are written into cells and read back; export and import share it, so a round trip is lossless.</summary>
public static class CellText
{
    /// <summary>Trimmed text with Unix line ends; blank for null.</summary>
    public static string Normalise(string? text) =>
        (text ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Trim();

    /// <summary>A date as written, or as displayed when the paper gave only a date.</summary>
    public static string Of(PartialDate? date) => Normalise(date?.Text ?? date?.Display);

    /// <summary>A figure in invariant notation, e.g. "60.5".</summary>
    public static string Of(decimal? value) =>
        value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A day as ISO 8601, e.g. "2023-06-30".</summary>
    public static string Of(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A target as written, or as displayed when it has a figure only.</summary>
    public static string Of(Target? target) => Normalise(target?.Text ?? target?.Display);

    /// <summary>The legend's word for a RAG, e.g. "On track".</summary>
    public static string Of(Rag rag) => RagText.ToText(rag);

    /// <summary>"Higher is better", "Lower is better" or "Narrative only".</summary>
    public static string Of(KpiDirection direction) =>
        direction switch
        {
            KpiDirection.HigherIsBetter => "Higher is better",
            KpiDirection.LowerIsBetter => "Lower is better",
            _ => "Narrative only",
        };

    /// <summary>Text, or a figure when there is no text.</summary>
    public static string Of(string? text, decimal? value) =>
        text is not null ? Normalise(text) : Of(value);

    /// <summary>Reads a direction cell; null when it names none.</summary>
    public static KpiDirection? ParseDirection(string text) =>
        Normalise(text).ToLowerInvariant() switch
        {
            "higher is better" or "higher" => KpiDirection.HigherIsBetter,
            "lower is better" or "lower" => KpiDirection.LowerIsBetter,
            "narrative only" or "narrative" or "" => KpiDirection.NarrativeOnly,
            _ => null,
        };

    /// <summary>Reads a cell that holds only a figure.</summary>
    public static decimal? ParseNumber(string text) =>
        decimal.TryParse(
            Normalise(text),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var value
        )
            ? value
            : null;

    /// <summary>Reads a day written as "2023-06-30", as "30/06/2023" (how Excel re-saves a CSV in the UK), or as an Excel date serial.</summary>
    public static DateOnly? ParseDay(string text)
    {
        var s = Normalise(text);
        if (
            DateOnly.TryParseExact(
                s,
                DayFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var day
            )
        )
        {
            return day;
        }
        return
            int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            && serial is >= ExcelSerialMin and <= ExcelSerialMax
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }

    /// <summary>An as-of cell in ISO form when it holds a day in any form <see cref="ParseDay"/> reads; otherwise as written.</summary>
    public static string NormaliseDay(string text) =>
        ParseDay(text) is { } day ? Of(day) : Normalise(text);

    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>Excel's serials for 1 January 1900 and 31 December 2099: a bare number outside them is not a date.</summary>
    private const int ExcelSerialMin = 2;
    private const int ExcelSerialMax = 73415;

    /// <summary>Reads an area number cell.</summary>
    public static int? ParseInteger(string text) =>
        int.TryParse(Normalise(text), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>Splits the responsible officer cell into names.</summary>
    public static IReadOnlyList<string> Names(string text) =>
        Normalise(text)
            .Split(
                [';', '\n'],
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            );

    /// <summary>Joins names for the responsible officer cell.</summary>
    public static string JoinNames(IEnumerable<string> names) =>
        string.Join(PlanSheetLayout.NameSeparator, names.Select(Normalise));
}
