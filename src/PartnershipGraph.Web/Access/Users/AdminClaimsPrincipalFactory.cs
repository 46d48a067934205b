using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnershipGraph.Data.Identity;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>Adds the actor claims (role, person, local area) to a signed-in user's principal, so pages and <c>/graphql</c> see the same actor.</summary>
internal sealed class AdminClaimsPrincipalFactory(
    UserManager<AdminUser> userManager,
    IOptions<IdentityOptions> optionsAccessor
) : UserClaimsPrincipalFactory<AdminUser>(userManager, optionsAccessor)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AdminUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActorClaimTypes.Role, user.Role.ToString()));
        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(ActorClaimTypes.PersonId, Text(personId)));
        }
        if (user.LocalAreaId is { } localAreaId)
        {
            identity.AddClaim(new Claim(ActorClaimTypes.LocalAreaId, Text(localAreaId)));
        }
        return identity;
    }

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
