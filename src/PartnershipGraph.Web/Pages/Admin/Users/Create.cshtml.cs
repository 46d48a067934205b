using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>Adds a user with an initial password, which the administrator passes on to them.</summary>
public sealed class CreateModel(
    AdminUserService users,
    IActorAccessor actors,
    IDbContextFactory<PartnershipDbContext> contexts
) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static string PasswordRule => AdminPasswordPolicy.Description;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await users.CreateAsync(
                Input.Email,
                Input.Password,
                Input.ToAccess(),
                actors.Actor,
                cancellationToken
            );
            if (result.Succeeded)
            {
                TempData["Notice"] =
                    $"Added {result.User!.Email}. Give them their password by a separate, safe route.";
                return RedirectToPage("Index");
            }
            UserFormOptions.AddErrors(ModelState, result, nameof(Input));
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
        [Required(ErrorMessage = "Enter their email address.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter an initial password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Initial password")]
        public string Password { get; set; } = "";
    }
}
