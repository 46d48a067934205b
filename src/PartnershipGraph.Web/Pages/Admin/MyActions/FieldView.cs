using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>One labelled form field with its hint and error, rendered by <c>_Field.cshtml</c>.</summary>
/// <param name="Name">The posted name, e.g. "Input.Ref"; also the model-state key of its error.</param>
/// <param name="Label">The visible label.</param>
/// <param name="Value">The current value as text.</param>
/// <param name="Error">The error to show beside the field, if any.</param>
/// <param name="Hint">Help shown under the label, if any.</param>
/// <param name="Multiline">True for a text area.</param>
/// <param name="Options">The choices of a select list (with an empty first choice named by <paramref name="Empty"/>); null for a text input.</param>
/// <param name="Empty">The text of the empty choice of a select list; null when a choice is required.</param>
public sealed record FieldView(
    string Name,
    string Label,
    string? Value,
    string? Error,
    string? Hint = null,
    bool Multiline = false,
    IReadOnlyList<ListOption>? Options = null,
    string? Empty = null
)
{
    /// <summary>The element id, from the name: "Input.Ref" → "input-ref".</summary>
    public string Id => Name.Replace('.', '-').ToLowerInvariant();

    /// <summary>The ids that describe the field: its hint and error.</summary>
    public string? DescribedBy =>
        string.Join(
            ' ',
            new[]
            {
                Hint is null ? null : Id + "-hint",
                Error is null ? null : Id + "-error",
            }.Where(i => i is not null)
        )
            is { Length: > 0 } ids
            ? ids
            : null;
}
