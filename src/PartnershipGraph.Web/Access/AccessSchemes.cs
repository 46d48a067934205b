namespace PartnershipGraph.Web.Access;

/// <summary>The names of the authentication schemes.</summary>
internal static class AccessSchemes
{
    /// <summary>The default scheme: a policy scheme that forwards to <see cref="ApiKey"/> when an <c>Authorization</c> header is present, to <see cref="AdminCookie"/> otherwise.</summary>
    public const string Default = "PartnershipGraph";

    /// <summary>API keys sent as <c>Authorization: Bearer pgk_…</c>.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The admin's sign-in cookie; the name is ASP.NET Core Identity's application scheme, so its sign-in manager writes it.</summary>
    public const string AdminCookie = "Identity.Application";
}
