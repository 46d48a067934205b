using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Access;

/// <summary>Registers and applies authentication (API keys and the admin's sign-in), the actor of each request and the API access policy.</summary>
internal static class AccessExtensions
{
    public static WebApplicationBuilder AddPartnershipAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services
            .AddOptions<ApiAccessOptions>()
            .Bind(builder.Configuration.GetSection(ApiAccessOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IActorAccessor, HttpActorAccessor>();
        services
            .AddAuthentication(AccessSchemes.Default)
            .AddPolicyScheme(
                AccessSchemes.Default,
                "API key, or the admin's sign-in",
                o => o.ForwardDefaultSelector = SelectScheme
            )
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                AccessSchemes.ApiKey,
                "API key",
                null
            )
            .AddCookie(AccessSchemes.AdminCookie, AdminCookie.Configure);
        services.AddAdminIdentity();
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();
        services
            .AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Api, p => p.AddRequirements(new ApiAccessRequirement()))
            .AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.Administrator, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(
                AccessPolicies.Editor,
                p => p.RequireRole(nameof(Role.Admin), nameof(Role.AreaLead))
            );
        return builder;
    }

    /// <summary>Authenticates every request, refuses bad API keys with 401 on any endpoint, then authorizes.</summary>
    public static WebApplication UsePartnershipAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(RefuseBadApiKeysAsync);
        app.UseAuthorization();
        return app;
    }

    // A request with an Authorization header is the API key handler's; any other may carry the admin's cookie.
    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0
            ? AccessSchemes.ApiKey
            : AccessSchemes.AdminCookie;

    // A bad key is refused even where anonymous callers are welcome: serving it as anonymous would hide the mistake.
    private static async Task RefuseBadApiKeysAsync(HttpContext context, RequestDelegate next)
    {
        var result = await context.AuthenticateAsync(AccessSchemes.ApiKey);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(AccessSchemes.ApiKey);
            return;
        }
        await next(context);
    }
}
