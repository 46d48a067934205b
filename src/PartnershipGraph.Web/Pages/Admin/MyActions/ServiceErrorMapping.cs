using Microsoft.AspNetCore.Mvc.ModelBinding;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Puts a service's validation errors beside the form fields they name.</summary>
public static class ServiceErrorMapping
{
    /// <summary>The model-state key of a service field under <c>input</c>: "narrative" → "Input.Narrative".</summary>
    public static string KeyOf(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = error.FieldPath.Count > 0 ? error.FieldPath[^1] : string.Empty;
        return field.Length == 0
            ? string.Empty
            : "Input." + char.ToUpperInvariant(field[0]) + field[1..];
    }

    /// <summary>Adds every validation error to <paramref name="modelState"/>; other errors go to the form as a whole (key "").</summary>
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<ServiceError> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            modelState.AddModelError(
                error is ValidationError v ? KeyOf(v) : string.Empty,
                error.Message
            );
        }
    }

    /// <summary>The first error recorded for <paramref name="key"/>, if any.</summary>
    public static string? FirstError(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
    }
}
