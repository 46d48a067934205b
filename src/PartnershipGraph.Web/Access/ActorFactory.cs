using System.Security.Claims;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access;

/// <summary>Turns an authenticated principal into the <see cref="Actor"/> access rules are written against.</summary>
public static class ActorFactory
{
    /// <summary>
    /// The actor the principal is: <see cref="Actor.Anonymous"/> when unauthenticated; a principal without a known role
    /// gets <see cref="Role.Anonymous"/>, and one with several gets the one with the most rights.
    /// </summary>
    public static Actor FromPrincipal(ClaimsPrincipal? principal)
    {
        var identity = principal?.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null)
        {
            return Actor.Anonymous;
        }
        var roles = identity
            .FindAll(ActorClaimTypes.Role)
            .Select(c => ParseRole(c.Value))
            .OfType<Role>()
            .ToList();
        var role = roles.Count == 0 ? Role.Anonymous : roles.Min();
        return new Actor(
            identity.FindFirst(ActorClaimTypes.Name)?.Value ?? "unnamed",
            role,
            FindGuid(identity, ActorClaimTypes.PersonId),
            FindGuid(identity, ActorClaimTypes.LocalAreaId)
        );
    }

    /// <summary>The claims an API key's requests carry.</summary>
    public static IEnumerable<Claim> ClaimsOf(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        yield return new Claim(ActorClaimTypes.Name, key.ActorName);
        yield return new Claim(ActorClaimTypes.Role, key.Role.ToString());
        yield return new Claim(ActorClaimTypes.ApiKeyId, key.Id.ToString());
        if (key.PersonId is { } personId)
        {
            yield return new Claim(ActorClaimTypes.PersonId, personId.ToString());
        }
        if (key.LocalAreaId is { } localAreaId)
        {
            yield return new Claim(ActorClaimTypes.LocalAreaId, localAreaId.ToString());
        }
    }

    // Only exact names count: Enum.TryParse would also turn "0" into Admin.
    private static Role? ParseRole(string value) =>
        Enum.TryParse<Role>(value, out var role) && Enum.GetName(role) == value ? role : null;

    private static Guid? FindGuid(ClaimsIdentity identity, string type) =>
        Guid.TryParse(identity.FindFirst(type)?.Value, out var id) ? id : null;
}
