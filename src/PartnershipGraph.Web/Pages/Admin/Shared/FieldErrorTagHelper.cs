using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// <c>&lt;field-error for="Input.Name" /&gt;</c>: the field's errors in a paragraph with the id
/// <c>Input_Name-error</c>, which <see cref="DescribedByErrorTagHelper"/> links the input to; nothing when valid.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The field.</summary>
    public ModelExpression For { get; set; } = null!;

    /// <summary>The view, for its model state.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var messages = DescribedByErrorTagHelper.Errors(ViewContext, name);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", DescribedByErrorTagHelper.ErrorId(name));
        output.Content.SetContent("Error: " + string.Join(" ", messages));
    }
}
