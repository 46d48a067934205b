namespace PartnershipGraph.Web.Access;

/// <summary>The names of the authorization policies.</summary>
internal static class AccessPolicies
{
    /// <summary>Admits any authenticated caller, and anonymous callers when <see cref="ApiAccessOptions.AllowAnonymous"/> is on; the GraphQL endpoint requires it.</summary>
    public const string Api = "Api";

    /// <summary>Any signed-in user of the admin; the pages under <c>/Admin</c> require it.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Administrators only: user management, API keys and the audit log.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Those who change data: administrators and area leads (the service layer narrows what an area lead may change).</summary>
    public const string Editor = "Editor";
}
