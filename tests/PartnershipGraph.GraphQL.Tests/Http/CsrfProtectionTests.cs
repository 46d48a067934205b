using System.Net;
using PartnershipGraph.GraphQL.Http;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>Requests a browser could send cross-site with the user's cookies, without a CORS preflight, are refused.</summary>
public sealed class CsrfProtectionTests : IAsyncLifetime
{
    private const string Cookie = "session=abc";
    private static readonly string Query = $"query={Encode("{ hello }")}";
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Refuses_a_GET_with_cookies_and_neither_preflight_header_nor_JSON_content_type()
    {
        var response = await _server.GetAsync(Query, cookie: Cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cross-site request forgery", await FirstErrorAsync(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Refuses_a_GET_with_cookies_and_a_content_type_a_form_can_send(
        string contentType
    )
    {
        var response = await _server.GetAsync(
            Query,
            cookie: Cookie,
            headers: new Dictionary<string, string> { ["Content-Type"] = contentType }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Runs_a_GET_with_cookies_and_the_GraphQL_Preflight_header()
    {
        var response = await _server.GetAsync(
            Query,
            cookie: Cookie,
            headers: new Dictionary<string, string> { ["GraphQL-Preflight"] = "1" }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Runs_a_GET_with_cookies_and_a_JSON_content_type()
    {
        var response = await _server.GetAsync(
            Query,
            cookie: Cookie,
            headers: new Dictionary<string, string> { ["Content-Type"] = "application/json" }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Runs_a_GET_without_cookies_by_default()
    {
        var response = await _server.GetAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Refuses_a_POST_with_cookies_and_a_content_type_a_form_can_send_with_415(
        string contentType
    )
    {
        var response = await _server.PostAsync(
            """{"query":"mutation { increment }"}""",
            contentType: contentType,
            cookie: Cookie
        );

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _server.Schema.Counter);
    }

    [Fact]
    public async Task Runs_a_POST_with_cookies_and_a_JSON_body()
    {
        var response = await _server.PostAsync(
            """{"query":"mutation { increment }"}""",
            cookie: Cookie
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _server.Schema.Counter);
    }

    [Fact]
    public async Task Always_checks_a_GET_without_cookies_too()
    {
        await using var server = await StartAsync(o => o.CsrfProtection = CsrfProtection.Always);

        var refused = await server.GetAsync(Query);
        var preflighted = await server.GetAsync(
            Query,
            headers: new Dictionary<string, string> { ["GraphQL-Preflight"] = "1" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, preflighted.StatusCode);
    }

    [Fact]
    public async Task None_leaves_a_GET_with_cookies_unchecked()
    {
        await using var server = await StartAsync(o => o.CsrfProtection = CsrfProtection.None);

        var response = await server.GetAsync(Query, cookie: Cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
