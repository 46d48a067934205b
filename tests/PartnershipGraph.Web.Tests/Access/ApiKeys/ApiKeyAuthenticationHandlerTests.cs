using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Access.ApiKeys;

public sealed class ApiKeyAuthenticationHandlerTests
{
    [Fact]
    public async Task Accepts_a_valid_key_as_its_actor()
    {
        await using var host = await TestHost.StartAsync();
        var area = await host.AddLocalAreaAsync();
        var key = await host.CreateKeyAsync(new NewApiKey("ICB dashboard", Role.BoardMember, area));

        var response = await host.GetAsync("/test/actor", $"Bearer {key.Secret}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $"api-key:ICB dashboard|BoardMember||{area}",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Records_when_a_key_was_last_used()
    {
        await using var host = await TestHost.StartAsync();
        var key = await host.CreateKeyAsync(new NewApiKey("k", Role.Partner));

        await host.GetAsync("/test/actor", $"Bearer {key.Secret}");

        await using var db = await host
            .Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
            .CreateDbContextAsync();
        Assert.NotNull((await db.ApiKeys.SingleAsync()).LastUsedAt);
    }

    [Fact]
    public async Task Without_a_key_the_actor_is_anonymous()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.GetAsync("/test/actor", null);

        Assert.Equal("anonymous|Anonymous||", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Refuses_a_revoked_key_with_401()
    {
        await using var host = await TestHost.StartAsync();
        var key = await host.CreateKeyAsync(new NewApiKey("k", Role.Partner));
        await host
            .Services.GetRequiredService<ApiKeyStore>()
            .RevokeAsync(key.Record.Prefix, CancellationToken.None);

        var response = await host.GetAsync("/test/actor", $"Bearer {key.Secret}");

        await AssertRefusedAsync(response, $"The API key {key.Record.Prefix} was revoked on ");
    }

    [Theory]
    [InlineData(
        "Bearer pgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "The API key is not recognised."
    )]
    [InlineData("Bearer not-a-key", "The API key is malformed")]
    [InlineData("Bearer", "The API key is malformed")]
    [InlineData("Basic dXNlcjpwYXNz", "Only API keys are accepted in the Authorization header")]
    public async Task Refuses_an_unknown_or_malformed_key_with_401_even_where_anonymous_is_allowed(
        string header,
        string message
    )
    {
        await using var host = await TestHost.StartAsync(allowAnonymous: true);

        var response = await host.GetAsync("/test/actor", header);

        await AssertRefusedAsync(response, message);
    }

    [Fact]
    public async Task The_api_policy_refuses_anonymous_callers_by_default()
    {
        await using var host = await TestHost.StartAsync();
        var key = await host.CreateKeyAsync(new NewApiKey("k", Role.Admin));

        var anonymous = await host.GetAsync("/test/api", null);
        var withKey = await host.GetAsync("/test/api", $"Bearer {key.Secret}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(
            "Bearer realm=\"PartnershipGraph\"",
            anonymous.Headers.WwwAuthenticate.ToString()
        );
        Assert.Contains(
            "This API needs a key",
            await anonymous.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal("api-key:k|Admin||", await withKey.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_policy_admits_anonymous_callers_when_allowed()
    {
        await using var host = await TestHost.StartAsync(allowAnonymous: true);

        var response = await host.GetAsync("/test/api", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anonymous|Anonymous||", await response.Content.ReadAsStringAsync());
        Assert.True(
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiAccessOptions>>().Value.AllowAnonymous
        );
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.All(challenge.Parameter!, c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains(
            $"error_description=\"{message}",
            challenge.Parameter,
            StringComparison.Ordinal
        );
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.StartsWith(
            message,
            error.GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            "UNAUTHENTICATED",
            error.GetProperty("extensions").GetProperty("code").GetString()
        );
    }

    /// <summary>The real host on an empty SQLite file, with two test endpoints that echo the actor.</summary>
    private sealed class TestHost : IAsyncDisposable
    {
        private readonly PartnershipWebFactory _factory;
        private readonly HttpClient _client;

        private TestHost(bool allowAnonymous)
        {
            _factory = new PartnershipWebFactory(
                null,
                ("Database:SeedSampleData", "false"),
                ("Api:AllowAnonymous", allowAnonymous ? "true" : "false")
            );
            var configured = _factory.WithWebHostBuilder(b =>
                b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ActorEndpoints>())
            );
            _client = configured.CreateClient();
            Services = configured.Services;
        }

        public IServiceProvider Services { get; }

        public static Task<TestHost> StartAsync(bool allowAnonymous = false) =>
            Task.FromResult(new TestHost(allowAnonymous));

        public async Task<Guid> AddLocalAreaAsync()
        {
            await using var db = await Services
                .GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
                .CreateDbContextAsync();
            var area = new LocalArea { Name = "North Somerset" };
            db.LocalAreas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        }

        public Task<CreatedApiKey> CreateKeyAsync(NewApiKey request) =>
            Services.GetRequiredService<ApiKeyStore>().CreateAsync(request, CancellationToken.None);

        public Task<HttpResponseMessage> GetAsync(string path, string? authorization)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }
            return _client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _factory.DisposeAsync();
        }
    }

    private sealed class ActorEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                next(app);
                app.UseEndpoints(endpoints =>
                {
                    endpoints.MapGet(
                        "/test/actor",
                        (IActorAccessor accessor) => Describe(accessor.Actor)
                    );
                    endpoints
                        .MapGet("/test/api", (IActorAccessor accessor) => Describe(accessor.Actor))
                        .RequireAuthorization(AccessPolicies.Api);
                });
            };

        private static string Describe(Actor actor) =>
            $"{actor.Name}|{actor.Role}|{actor.PersonId}|{actor.LocalAreaId}";
    }
}
