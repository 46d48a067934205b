using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Http;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>A minimal web application serving <see cref="HttpTestSchema"/> at <c>/graphql</c> on a random loopback port (real Kestrel).</summary>
internal sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, HttpTestSchema schema, TestLoggerProvider logs)
    {
        _app = app;
        Schema = schema;
        Logs = logs;
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Url = new Uri($"{address}/graphql");
        Client = new HttpClient(new HttpClientHandler { UseCookies = false })
        {
            BaseAddress = new Uri(address),
        };
    }

    public HttpTestSchema Schema { get; }

    /// <summary>The endpoint's document cache.</summary>
    public DocumentCache Cache => _app.Services.GetRequiredService<GraphQLHttpHandler>().Cache;

    public TestLoggerProvider Logs { get; }

    /// <summary>The endpoint's absolute URL.</summary>
    public Uri Url { get; }

    /// <summary>A client for the server; it keeps no cookies, so tests set them as headers.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a server; <paramref name="configure"/> sets the endpoint's options, <paramref name="setUp"/> adds services, <paramref name="map"/> maps the endpoint (by default <c>MapGraphQL()</c>) and <paramref name="settings"/> are configuration values.</summary>
    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLHttpOptions>? configure = null,
        string environment = "Production",
        Action<IServiceCollection>? setUp = null,
        Action<WebApplication>? map = null,
        IDictionary<string, string?>? settings = null
    )
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { EnvironmentName = environment }
        );
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new TestLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);
        var schema = new HttpTestSchema();
        builder.Services.AddGraphQL(schema.Schema, configure);
        setUp?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapGraphQL();
        }
        else
        {
            map(app);
        }
        await app.StartAsync();
        return new GraphQLTestServer(app, schema, logs);
    }

    /// <summary>POSTs a JSON body with the given content type and accept headers.</summary>
    public Task<HttpResponseMessage> PostAsync(
        string body,
        string? contentType = "application/json",
        string? accept = null,
        string? cookie = null
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return SendAsync(request, accept, cookie);
    }

    /// <summary>POSTs <c>{"query": query}</c> (with variables, when given).</summary>
    public Task<HttpResponseMessage> PostQueryAsync(
        string query,
        object? variables = null,
        string? accept = null
    ) =>
        PostAsync(
            JsonSerializer.Serialize(
                new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables }
            ),
            accept: accept
        );

    /// <summary>GETs the endpoint with the given query string (already encoded).</summary>
    public Task<HttpResponseMessage> GetAsync(
        string queryString,
        string? accept = null,
        string? cookie = null,
        IDictionary<string, string>? headers = null
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{queryString}");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return SendAsync(request, accept, cookie);
    }

    public Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        string? accept = null,
        string? cookie = null
    )
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Encodes a query string parameter.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>The media type of a response's content.</summary>
    public static string? MediaType(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType;

    /// <summary>A response's content type as sent.</summary>
    public static string? ContentType(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.ToString();

    /// <summary>Reads a response's body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The first error message of a response body.</summary>
    public static async Task<string?> FirstErrorAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString();

    public static MediaTypeWithQualityHeaderValue Accept(string mediaType) => new(mediaType);
}
