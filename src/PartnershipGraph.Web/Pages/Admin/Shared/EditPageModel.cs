using Microsoft.AspNetCore.Mvc;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// A create-or-edit page (route <c>{id:guid?}</c>: no id creates). It loads the record into the form, posts the
/// form to the feature service, shows the service's errors beside the fields and, for a stale edit, keeps what was
/// typed and rebases it on the stored version; on success it goes to the record's details.
/// </summary>
/// <typeparam name="TEntity">The record.</typeparam>
/// <typeparam name="TForm">The form: the service input's fields with the same names, plus the version.</typeparam>
public abstract class EditPageModel<TEntity, TForm>(IActorAccessor actors) : AdminPageModel(actors)
    where TEntity : Entity
    where TForm : class, IVersionedForm, new()
{
    /// <summary>The form.</summary>
    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>The record's key; null when creating.</summary>
    public Guid? Id { get; private set; }

    /// <summary>The feature's index path, e.g. "/Admin/Schools".</summary>
    public abstract string IndexPath { get; }

    /// <summary>Where "Cancel" goes.</summary>
    public virtual string CancelUrl => Id is null ? IndexPath : $"{IndexPath}/Details/{Id}";

    /// <summary>Shows the form, empty or filled from the record.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } key)
        {
            if (await FindAsync(key, ct) is not { } entity)
            {
                return NotFound();
            }
            Input = ToForm(entity);
        }
        else
        {
            Input = await NewFormAsync(ct);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Saves the form through the service, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            var result = await SaveAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Saved.";
                return Redirect(DetailsUrl(result.Value));
            }
            if (ShowErrors(result.Errors, rebase: v => Input.Version = v) is { } missing)
            {
                return missing;
            }
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>The record, or null when it does not exist or the user may not read it.</summary>
    protected abstract Task<TEntity?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The form filled from the record, with its version.</summary>
    protected abstract TForm ToForm(TEntity entity);

    /// <summary>Creates (<paramref name="id"/> null) or updates the record through the feature service.</summary>
    protected abstract Task<ServiceResult<TEntity>> SaveAsync(
        Guid? id,
        TForm form,
        CancellationToken ct
    );

    /// <summary>The empty form for a new record; override to preselect values.</summary>
    protected virtual Task<TForm> NewFormAsync(CancellationToken ct) =>
        Task.FromResult(new TForm());

    /// <summary>Loads the drop-downs' choices.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Where a saved record is shown.</summary>
    protected virtual string DetailsUrl(TEntity entity) => $"{IndexPath}/Details/{entity.Id}";
}
