using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Data.Identity;

namespace PartnershipGraph.Web.Pages.Account;

/// <summary>Signs the user out; only a posted form (with its antiforgery token) does, so a link cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AdminUser> signInManager) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData["Notice"] = "You are signed out.";
        return RedirectToPage("/Account/SignIn");
    }
}
