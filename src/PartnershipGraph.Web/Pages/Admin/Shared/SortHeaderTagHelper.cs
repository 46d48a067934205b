using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// <c>&lt;sort-header list="Model.List" column="name"&gt;Name&lt;/sort-header&gt;</c>: a <c>th scope="col"</c> whose link
/// sorts the list by the column (or reverses it), with <c>aria-sort</c> on the column the list is sorted by.
/// </summary>
[HtmlTargetElement("sort-header", Attributes = "list,column")]
public sealed class SortHeaderTagHelper : TagHelper
{
    /// <summary>The list.</summary>
    public ListView List { get; set; } = null!;

    /// <summary>The sort name, as given to <see cref="ListDefinition{T}.SortBy"/>.</summary>
    public string Column { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var label = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "th";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("scope", "col");
        if (List.AriaSort(Column) is { } sort)
        {
            output.Attributes.SetAttribute("aria-sort", sort);
        }
        var next = List.IsSortedBy(Column) && !List.State.Descending ? "descending" : "ascending";
        output.Content.SetHtmlContent(
            $"<a href=\"{System.Net.WebUtility.HtmlEncode(List.SortUrl(Column))}\">{label}<span class=\"visually-hidden\">, sort {next}</span></a>"
        );
    }
}
