using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>Marks an <c>asp-for</c> input, select or text area with errors as invalid and points its <c>aria-describedby</c> at its <see cref="FieldErrorTagHelper"/>.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class DescribedByErrorTagHelper : TagHelper
{
    /// <summary>Runs after the framework's tag helpers have written the id.</summary>
    public override int Order => 1000;

    /// <summary>The field.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The view, for its model state.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (Errors(ViewContext, name).Count == 0)
        {
            return;
        }
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute(
            "aria-describedby",
            string.IsNullOrEmpty(describedBy) ? ErrorId(name) : $"{describedBy} {ErrorId(name)}"
        );
        output.Attributes.SetAttribute("aria-invalid", "true");
    }

    /// <summary>The id of a field's error paragraph.</summary>
    internal static string ErrorId(string name) =>
        TagBuilder.CreateSanitizedId(name, "_") + "-error";

    /// <summary>The field's error messages.</summary>
    internal static IReadOnlyList<string> Errors(ViewContext view, string name) =>
        view.ViewData.ModelState.TryGetValue(name, out var entry)
            ? [.. entry.Errors.Select(e => e.ErrorMessage)]
            : [];
}
