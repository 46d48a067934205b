using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using PartnershipGraph.Data.Identity;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>
/// Checks the admin cookie's user on every request: a user who was deleted or disabled, or whose security stamp changed
/// (password reset), is signed out at once; otherwise the claims are rebuilt so role and scope changes apply at once.
/// </summary>
internal static class AdminCookieValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var signInManager = context.HttpContext.RequestServices.GetRequiredService<
            SignInManager<AdminUser>
        >();
        var user = await signInManager.ValidateSecurityStampAsync(context.Principal);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccessSchemes.AdminCookie);
            return;
        }
        context.ReplacePrincipal(await signInManager.CreateUserPrincipalAsync(user));
    }
}
