using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Access;

/// <summary>How the admin's sign-in cookie is issued, and how a request without one is answered.</summary>
internal static class AdminCookie
{
    /// <summary>The page that signs a user in.</summary>
    public const string SignInPath = "/Account/SignIn";

    /// <summary>The page that signs a user out.</summary>
    public const string SignOutPath = "/Account/SignOut";

    /// <summary>The page shown when a signed-in user may not open a page.</summary>
    public const string AccessDeniedPath = "/Account/AccessDenied";

    /// <summary>A working day: a user who steps away for longer signs in again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "pg_admin";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.LogoutPath = SignOutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.Events.OnValidatePrincipal = AdminCookieValidation.ValidatePrincipalAsync;
        options.Events.OnRedirectToLogin = context =>
            IsPage(context.Request)
                ? Redirect(context)
                : context.HttpContext.ChallengeAsync(AccessSchemes.ApiKey);
        options.Events.OnRedirectToAccessDenied = context =>
        {
            if (IsPage(context.Request))
            {
                return Redirect(context);
            }
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    // The API answers 401 the way API clients expect (see ApiKeyAuthenticationHandler); only pages redirect to sign in.
    private static bool IsPage(HttpRequest request) =>
        request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
