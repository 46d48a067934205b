using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Account;

/// <summary>Signs a user in with email and password; five wrong passwords in a row lock the account for 15 minutes.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<AdminUser> signInManager) : PageModel
{
    /// <summary>The message for an unknown email, a wrong password or a disabled account alike, so none can be told apart.</summary>
    public const string WrongMessage = "The email or password is wrong.";

    /// <summary>The message for a locked account.</summary>
    public const string LockedMessage =
        "This account is locked after too many wrong passwords. Try again in 15 minutes, or ask an administrator to reset your password.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The local page to open after signing in; anything else is ignored.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed, shown above the form.</summary>
    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await signInManager.UserManager.FindByNameAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(
                user,
                Input.Password,
                isPersistent: false,
                lockoutOnFailure: true
            );
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Admin");
        }
        Problem = result.IsLockedOut ? LockedMessage : WrongMessage;
        return Page();
    }

    /// <summary>The sign-in form.</summary>
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    /// <summary>The password rule, stated on the page.</summary>
    public static string PasswordRule => AdminPasswordPolicy.Description;
}
