namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>One drop-down filter of an index page's search form; the page applies the selected value itself.</summary>
/// <param name="Name">The query-string name, e.g. "phase".</param>
/// <param name="Label">The visible label, e.g. "Phase".</param>
/// <param name="Options">The choices besides "All".</param>
/// <param name="Selected">The selected value; null for "All".</param>
public sealed record ListFilter(
    string Name,
    string Label,
    IReadOnlyList<ListOption> Options,
    string? Selected
)
{
    /// <summary>A filter over every value of an enum.</summary>
    public static ListFilter ForEnum<TEnum>(
        string name,
        string label,
        TEnum? selected,
        Func<TEnum, string>? text = null
    )
        where TEnum : struct, Enum =>
        new(
            name,
            label,
            [
                .. Enum.GetValues<TEnum>()
                    .Select(v => new ListOption(v.ToString(), text?.Invoke(v) ?? Words.Of(v))),
            ],
            selected?.ToString()
        );
}
