namespace PartnershipGraph.GraphQL.Http;

/// <summary>Which requests must prove they are not cross-site request forgeries.</summary>
/// <remarks>
/// A browser sends a cross-site "simple" request (GET, or POST with a form or text content type) without a CORS preflight,
/// with the user's cookies. POST bodies must always be JSON, which a simple request cannot send; a GET must carry a
/// <c>GraphQL-Preflight</c> header or a content type that is not simple, both of which force a preflight.
/// </remarks>
public enum CsrfProtection
{
    /// <summary>GET requests are never checked (POST bodies still must be JSON).</summary>
    None,

    /// <summary>GET requests that carry cookies are checked: cookie sessions are what a forgery would ride on.</summary>
    WhenCookiesPresent,

    /// <summary>Every GET request is checked (for hosts with other ambient credentials, such as Basic or Windows authentication).</summary>
    Always,
}
