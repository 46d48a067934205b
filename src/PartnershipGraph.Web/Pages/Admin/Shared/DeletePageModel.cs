using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// A delete confirmation page (<c>_Delete.cshtml</c>): shows the record, posts its version, and on refusal shows
/// the service's reason, e.g. what still refers to it. A feature's <c>Delete</c> page supplies the look-up and the call.
/// </summary>
public abstract class DeletePageModel(IActorAccessor actors) : AdminPageModel(actors)
{
    /// <summary>The kind of record in words, e.g. "school".</summary>
    public abstract string EntityLabel { get; }

    /// <summary>The feature's index path, e.g. "/Admin/Schools".</summary>
    public abstract string IndexPath { get; }

    /// <summary>The record's key.</summary>
    public Guid Id { get; private set; }

    /// <summary>The record's name as shown.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The version the deletion is based on.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>Where "Cancel" goes.</summary>
    public virtual string DetailsUrl => $"{IndexPath}/Details/{Id}";

    /// <summary>Where the user goes once the record is deleted.</summary>
    protected virtual string AfterDeleteUrl => IndexPath;

    /// <summary>Shows the confirmation.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } found)
        {
            return NotFound();
        }
        (Id, Name, Version) = (id, found.Name, found.Version);
        return Page();
    }

    /// <summary>Deletes the record, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } found)
        {
            return NotFound();
        }
        (Id, Name) = (id, found.Name);
        var result = await DeleteAsync(id, Version, ct);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"Deleted {EntityLabel} {Name}.";
            return Redirect(AfterDeleteUrl);
        }
        return ShowErrors(result.Errors, prefix: null, rebase: v => Version = v) ?? Page();
    }

    /// <summary>The record's name and version, or null when it does not exist or the user may not read it.</summary>
    protected abstract Task<(string Name, int Version)?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Calls the feature service's delete.</summary>
    protected abstract Task<ServiceResult<Guid>> DeleteAsync(
        Guid id,
        int version,
        CancellationToken ct
    );
}
