using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>The web host on a temporary SQLite file with the sample data, whose callers name their role in a test header.</summary>
public sealed class GraphQLTestHost : IDisposable
{
    public const string RoleHeader = "X-Test-Role";

    public const string ScopeHeader = "X-Test-Local-Area";

    public const string PersonHeader = "X-Test-Person";

    private readonly PartnershipWebFactory _factory;
    private readonly WebApplicationFactoryHost _host;

    public GraphQLTestHost()
        : this([]) { }

    internal GraphQLTestHost(
        (string Key, string? Value)[] settings,
        Action<IServiceCollection>? services = null
    )
    {
        _factory = new PartnershipWebFactory(null, settings);
        _host = new WebApplicationFactoryHost(_factory, services);
    }

    public HttpClient CreateClient(Role? role = Role.BoardMember, Guid? localAreaId = null)
    {
        var client = _host.Factory.CreateClient();
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Add(RoleHeader, r.ToString());
        }
        if (localAreaId is { } id)
        {
            client.DefaultRequestHeaders.Add(ScopeHeader, id.ToString());
        }
        return client;
    }

    public async Task<JsonElement> QueryAsync(
        string query,
        Role? role = Role.BoardMember,
        object? variables = null,
        Guid? localAreaId = null
    )
    {
        using var client = CreateClient(role, localAreaId);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(
        string query,
        Role? role = Role.BoardMember,
        object? variables = null,
        Guid? localAreaId = null
    )
    {
        var result = await QueryAsync(query, role, variables, localAreaId);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public T Service<T>()
        where T : notnull => _host.Factory.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _host.Factory.Dispose();
        _factory.Dispose();
    }

    /// <summary>The factory with the test actor accessor in place of the API-key one.</summary>
    private sealed class WebApplicationFactoryHost(
        PartnershipWebFactory factory,
        Action<IServiceCollection>? services
    )
    {
        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; } =
            factory.WithWebHostBuilder(b =>
                b.ConfigureTestServices(s =>
                {
                    s.AddSingleton<IActorAccessor, HeaderActorAccessor>();
                    services?.Invoke(s);
                })
            );
    }

    private sealed class HeaderActorAccessor(Microsoft.AspNetCore.Http.IHttpContextAccessor http)
        : IActorAccessor
    {
        public Actor Actor
        {
            get
            {
                var headers = http.HttpContext?.Request.Headers;
                if (headers is null || !Enum.TryParse<Role>(headers[RoleHeader], out var role))
                {
                    return Actor.Anonymous;
                }
                Guid? scope = Guid.TryParse(headers[ScopeHeader], out var id) ? id : null;
                Guid? person = Guid.TryParse(headers[PersonHeader], out var p) ? p : null;
                return new Actor($"test:{role}", role, person, scope);
            }
        }
    }
}
