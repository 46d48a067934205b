namespace PartnershipGraph.Web.Access;

/// <summary>The names of the authorization policies.</summary>
internal static class AccessPolicies
{
    /// <summary>Admits any authenticated caller, and anonymous callers when <see cref="ApiAccessOptions.AllowAnonymous"/> is on; the GraphQL endpoint requires it.</summary>
    public const string Api = "Api";
}
