using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>The base of the admin's data-entry pages: who is asking, whether they may change data, and how a service's errors show.</summary>
public abstract class AdminPageModel(IActorAccessor actors) : PageModel
{
    /// <summary>The signed-in user as the access rules see them.</summary>
    public Actor Actor => actors.Actor;

    /// <summary>True when the user's role changes data (the service still decides each change).</summary>
    public bool CanEdit => AccessRules.CheckMayWrite(Actor) is null;

    /// <summary>True for an administrator: the only role the services let change reference data (schools, organisations, people, boards, plans and plan areas).</summary>
    public bool CanAdminister => Actor.Role == Role.Admin;

    /// <summary>True when the last save was refused because someone else changed the record first.</summary>
    public bool IsStale { get; private set; }

    /// <summary>
    /// Puts a failed service call's errors in <see cref="PageModel.ModelState"/>: a validation error beside its field
    /// (<c>input.trustOrganisationId</c> → <c>Input.TrustOrganisationId</c>), anything else in the summary.
    /// </summary>
    /// <param name="errors">The service's errors.</param>
    /// <param name="prefix">The bound property holding the fields, e.g. "Input"; null to show every error in the summary.</param>
    /// <param name="rebase">For a stale edit: given the version now stored, so saving again replaces it deliberately.</param>
    /// <returns>A 404 result when the record no longer exists; otherwise null, and the page shows itself again.</returns>
    protected IActionResult? ShowErrors(
        IReadOnlyList<ServiceError> errors,
        string? prefix = "Input",
        Action<int>? rebase = null
    )
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.OfType<NotFoundError>().Any())
        {
            return NotFound();
        }
        foreach (var error in errors)
        {
            switch (error)
            {
                case ValidationError v when prefix is not null && v.FieldPath.Count > 1:
                    ModelState.AddModelError(FieldKey(prefix, v.FieldPath), v.Message);
                    break;
                case ConcurrencyError stale:
                    IsStale = true;
                    ModelState.AddModelError(
                        "",
                        $"{stale.Message} What you entered is kept below: save again to replace their change, or open the record in another tab to compare."
                    );
                    if (rebase is not null)
                    {
                        ModelState.Remove($"{prefix}.Version");
                        rebase(stale.CurrentVersion);
                    }
                    break;
                default:
                    ModelState.AddModelError("", error.Message);
                    break;
            }
        }
        return null;
    }

    /// <summary>["input", "milestones", "0", "label"] → "Input.Milestones[0].Label".</summary>
    private static string FieldKey(string prefix, IReadOnlyList<string> path)
    {
        var key = prefix;
        foreach (var part in path.Skip(1))
        {
            key += int.TryParse(part, out _)
                ? $"[{part}]"
                : "." + char.ToUpperInvariant(part[0]) + part[1..];
        }
        return key;
    }
}
