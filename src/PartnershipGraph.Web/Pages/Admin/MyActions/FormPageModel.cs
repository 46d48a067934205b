using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>A page with one form saved through a service: the typed values, and how a refused save is shown (404, 403 with the reason, a stale notice keeping the typed values, or errors beside fields).</summary>
public abstract class FormPageModel<TInput> : PageModel
    where TInput : class, IVersionedForm, new()
{
    /// <summary>The values typed into the form.</summary>
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>Why the save was refused as not allowed.</summary>
    public string? Refusal { get; private set; }

    /// <summary>True when the save was based on an older version of the record.</summary>
    public bool IsStale { get; private set; }

    /// <summary>The first error for a field of the form, e.g. "Input.Ref"; "" for the form as a whole.</summary>
    public string? ErrorFor(string key) => ServiceErrorMapping.FirstError(ModelState, key);

    /// <summary>The alerts to show above the form.</summary>
    public FormAlerts Alerts => new(Refusal, IsStale, ErrorFor(string.Empty));

    /// <summary>A labelled field of the form bound to <c>Input.{property}</c>.</summary>
    public FieldView Field(
        string property,
        string label,
        object? value,
        string? hint = null,
        bool multiline = false,
        IReadOnlyList<ListOption>? options = null,
        string? empty = null
    )
    {
        var name = $"{nameof(Input)}.{property}";
        return new(name, label, value?.ToString(), ErrorFor(name), hint, multiline, options, empty);
    }

    /// <summary>The page showing why a save failed.</summary>
    protected IActionResult Failed(IReadOnlyList<ServiceError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (errors[0])
        {
            case NotFoundError:
                return NotFound();
            case ForbiddenError forbidden:
                Refusal = forbidden.Message;
                var page = Page();
                page.StatusCode = StatusCodes.Status403Forbidden;
                return page;
            case ConcurrencyError stale:
                IsStale = true;
                ModelState.Remove($"{nameof(Input)}.{nameof(IVersionedForm.Version)}");
                Input.Version = stale.CurrentVersion;
                return Page();
            default:
                ServiceErrorMapping.AddTo(ModelState, errors);
                return Page();
        }
    }
}
