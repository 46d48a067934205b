using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>Changes a user's role and scope, disables or enables them, and resets their password; each is its own form.</summary>
public sealed class EditModel(
    AdminUserService users,
    IActorAccessor actors,
    IDbContextFactory<PartnershipDbContext> contexts
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AdminUser? Subject { get; private set; }

    public UserAccessInput Input { get; set; } = new();

    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    public static string PasswordRule => AdminPasswordPolicy.Description;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        ShowStoredAccess();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        [Bind(Prefix = "Input")] UserAccessInput input,
        CancellationToken cancellationToken
    )
    {
        Input = input;
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }
        var result = await users.UpdateAccessAsync(
            Id,
            input.ToAccess(),
            actors.Actor,
            cancellationToken
        );
        if (!result.Succeeded && result.Errors.Any(e => e.Field.Length > 0))
        {
            UserFormOptions.AddErrors(ModelState, result, nameof(Input));
            return await RedisplayAsync(cancellationToken);
        }
        return Done(result, "Saved the role and scope of");
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var result = await users.SetDisabledAsync(Id, true, actors.Actor, cancellationToken);
        if (!result.Succeeded && result.Errors.Any(e => e.Field.Length > 0))
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
            var found = await RedisplayAsync(cancellationToken);
            ShowStoredAccess();
            return found;
        }
        return Done(result, "Disabled");
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        Done(await users.SetDisabledAsync(Id, false, actors.Actor, cancellationToken), "Enabled");

    public async Task<IActionResult> OnPostResetPasswordAsync(
        string? newPassword,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), "Enter the new password.");
            return await RedisplayAsync(cancellationToken);
        }
        var result = await users.ResetPasswordAsync(
            Id,
            newPassword,
            actors.Actor,
            cancellationToken
        );
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Field.Length == 0 ? "" : nameof(NewPassword),
                    error.Message
                );
            }
            return await RedisplayAsync(cancellationToken);
        }
        return Done(result, "Reset the password of");
    }

    private IActionResult Done(UserChangeResult result, string what)
    {
        if (!result.Succeeded)
        {
            TempData["Notice"] = string.Join(" ", result.Errors.Select(e => e.Message));
            return RedirectToPage("Edit", new { id = Id });
        }
        TempData["Notice"] = $"{what} {result.User!.Email}.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        return Page();
    }

    // The role and scope form starts from what is stored, except after its own post.
    private void ShowStoredAccess()
    {
        if (Subject is { } subject)
        {
            Input = new UserAccessInput
            {
                Role = subject.Role,
                PersonId = subject.PersonId,
                LocalAreaId = subject.LocalAreaId,
            };
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Subject = await users.FindAsync(Id);
        ViewData[UserFormOptions.ViewDataKey] = await UserFormOptions.LoadAsync(
            contexts,
            cancellationToken
        );
        return Subject is not null;
    }
}
