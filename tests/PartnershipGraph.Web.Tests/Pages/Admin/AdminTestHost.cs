using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Pages.Admin;

/// <summary>
/// The web host on a temporary SQLite file with the sample data, whose requests are signed in as the user a test
/// header names (role, person, local area), so admin pages can be tested without the sign-in form.
/// </summary>
public sealed partial class AdminTestHost : IDisposable
{
    public const string RoleHeader = "X-Test-Role";

    public const string PersonHeader = "X-Test-Person";

    public const string ScopeHeader = "X-Test-Local-Area";

    private const string TestScheme = "Test";

    private readonly PartnershipWebFactory _factory;

    public AdminTestHost(params (string Key, string? Value)[] settings)
    {
        _factory = new PartnershipWebFactory(null, settings);
        Factory = _factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(services =>
            {
                services
                    .AddAuthentication()
                    .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(
                        TestScheme,
                        null
                    );
                services.PostConfigure<PolicySchemeOptions>(
                    AccessSchemes.Default,
                    o =>
                    {
                        var original = o.ForwardDefaultSelector;
                        o.ForwardDefaultSelector = context =>
                            context.Request.Headers.ContainsKey(RoleHeader)
                                ? TestScheme
                                : original?.Invoke(context);
                    }
                );
            })
        );
    }

    public WebApplicationFactory<Program> Factory { get; }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A client signed in as <paramref name="role"/>, or anonymous when null; redirects are not followed.</summary>
    public HttpClient CreateClient(
        Role? role = Role.Admin,
        Guid? personId = null,
        Guid? localAreaId = null
    )
    {
        var client = Factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
        );
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Add(RoleHeader, r.ToString());
        }
        if (personId is { } p)
        {
            client.DefaultRequestHeaders.Add(PersonHeader, p.ToString());
        }
        if (localAreaId is { } a)
        {
            client.DefaultRequestHeaders.Add(ScopeHeader, a.ToString());
        }
        return client;
    }

    /// <summary>Reads the antiforgery token of the first form on a page, for a test to post it back.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Gets a page, posts its first form's token with the given fields, and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields
    )
    {
        var page = await client.GetStringAsync(url);
        var form = new List<KeyValuePair<string, string>>(fields)
        {
            new("__RequestVerificationToken", AntiforgeryToken(page)),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public void Dispose()
    {
        Factory.Dispose();
        _factory.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed class HeaderAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder
    ) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var headers = Request.Headers;
            if (!Enum.TryParse<Role>(headers[RoleHeader], out var role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }
            var claims = new List<Claim>
            {
                new(ActorClaimTypes.Name, $"test-{role}"),
                new(ActorClaimTypes.Role, role.ToString()),
            };
            if (Guid.TryParse(headers[PersonHeader], out var person))
            {
                claims.Add(new Claim(ActorClaimTypes.PersonId, person.ToString()));
            }
            if (Guid.TryParse(headers[ScopeHeader], out var scope))
            {
                claims.Add(new Claim(ActorClaimTypes.LocalAreaId, scope.ToString()));
            }
            var identity = new ClaimsIdentity(
                claims,
                TestScheme,
                ActorClaimTypes.Name,
                ActorClaimTypes.Role
            );
            return Task.FromResult(
                AuthenticateResult.Success(
                    new AuthenticationTicket(new ClaimsPrincipal(identity), TestScheme)
                )
            );
        }
    }
}
