using System.Security.Claims;

namespace PartnershipGraph.Web.Access;

/// <summary>The claims an authenticated principal carries, from which <see cref="ActorFactory"/> builds the actor.</summary>
public static class ActorClaimTypes
{
    /// <summary>The actor name, e.g. "api-key:ICB dashboard".</summary>
    public const string Name = ClaimTypes.Name;

    /// <summary>The role's name, e.g. "Partner".</summary>
    public const string Role = ClaimTypes.Role;

    /// <summary>The id of the person an area lead acts for.</summary>
    public const string PersonId = "partnershipgraph:person";

    /// <summary>The id of the local area the caller is limited to; absent for every local area.</summary>
    public const string LocalAreaId = "partnershipgraph:local-area";

    /// <summary>The id of the API key used.</summary>
    public const string ApiKeyId = "partnershipgraph:api-key";
}
