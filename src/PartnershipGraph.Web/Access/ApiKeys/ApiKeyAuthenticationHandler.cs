using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>Authenticates <c>Authorization: Bearer pgk_…</c>; a malformed, unknown or revoked key is answered 401 with a <c>WWW-Authenticate</c> header that says why.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore store
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerScheme = "Bearer";
    private const string Realm = "PartnershipGraph";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? header : header[..space];
        if (!scheme.Equals(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail(
                "Only API keys are accepted in the Authorization header: send 'Authorization: Bearer <key>'."
            );
        }
        var verification = await store.VerifyAsync(
            space < 0 ? "" : header[(space + 1)..].Trim(),
            Context.RequestAborted
        );
        if (verification.Key is not { } key)
        {
            return AuthenticateResult.Fail(verification.Problem!);
        }
        var identity = new ClaimsIdentity(
            ActorFactory.ClaimsOf(key),
            Scheme.Name,
            ActorClaimTypes.Name,
            ActorClaimTypes.Role
        );
        return AuthenticateResult.Success(
            new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)
        );
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        // Only our own sentences reach the caller; an exception's message might describe the database.
        var failure = result.Failure as AuthenticationFailureException;
        var problem =
            failure?.Message
            ?? "This API needs a key: send 'Authorization: Bearer <key>'. An administrator creates keys with the 'apikey create' command.";
        var challenge = failure is null
            ? $"Bearer realm=\"{Realm}\""
            : $"Bearer realm=\"{Realm}\", error=\"invalid_token\", error_description=\"{HeaderSafe(problem)}\"";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = challenge;
        Response.ContentType = "application/json";
        // The body has the shape of a GraphQL error, so API clients show the message as they show any other.
        await JsonSerializer.SerializeAsync(
            Response.Body,
            new
            {
                errors = new[]
                {
                    new { message = problem, extensions = new { code = "UNAUTHENTICATED" } },
                },
            },
            cancellationToken: Context.RequestAborted
        );
    }

    // Kestrel refuses non-ASCII header values, and a quote would end the quoted string (RFC 6750 §3).
    private static string HeaderSafe(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '\''));
}
