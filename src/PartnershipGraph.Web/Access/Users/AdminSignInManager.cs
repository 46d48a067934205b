using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnershipGraph.Data.Identity;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>Identity's sign-in manager, refusing disabled users both when they sign in and on every request their cookie makes.</summary>
internal sealed class AdminSignInManager(
    UserManager<AdminUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AdminUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AdminUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AdminUser> confirmation
)
    : SignInManager<AdminUser>(
        userManager,
        contextAccessor,
        claimsFactory,
        optionsAccessor,
        logger,
        schemes,
        confirmation
    )
{
    /// <inheritdoc />
    public override async Task<bool> CanSignInAsync(AdminUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    /// <inheritdoc />
    public override async Task<AdminUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
