using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Pages.Admin.Users;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Pages.Admin.ApiKeys;

/// <summary>Creates an API key and shows it once, in the response to the form; it is never shown again.</summary>
public sealed class CreateModel(
    ApiKeyStore store,
    ApiKeyAudit audit,
    IActorAccessor actors,
    IDbContextFactory<PartnershipDbContext> contexts
) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The key just created; set only in the response to a successful post.</summary>
    public CreatedApiKey? Created { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) =>
        LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (
            Input.Role is { } role
            && Domain.Access.ApiKey.FindScopeProblem(role, Input.PersonId) is { } problem
        )
        {
            ModelState.AddModelError(
                role == Domain.Access.Role.AreaLead ? "Input.PersonId" : "Input.Role",
                problem
            );
        }
        if (ModelState.IsValid)
        {
            try
            {
                var access = Input.ToAccess();
                Created = await store.CreateAsync(
                    new NewApiKey(Input.Name, access.Role, access.LocalAreaId, access.PersonId),
                    cancellationToken
                );
                await audit.RecordAsync(
                    actors.Actor,
                    Created.Record,
                    AuditOperations.Created,
                    cancellationToken
                );
                Response.Headers.CacheControl = "no-store";
            }
            catch (ApiKeyRequestException refused)
            {
                ModelState.AddModelError("", refused.Message);
            }
        }
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        ViewData[UserFormOptions.ViewDataKey] = await UserFormOptions.LoadAsync(
            contexts,
            cancellationToken
        );

    public sealed class InputModel : UserAccessInput
    {
        [Required(ErrorMessage = "Say what the key is for.")]
        [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
        [Display(Name = "What the key is for")]
        public string Name { get; set; } = "";
    }
}
