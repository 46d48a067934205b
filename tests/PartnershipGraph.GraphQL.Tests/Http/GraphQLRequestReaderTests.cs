using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>How the endpoint reads request parameters, and answers malformed requests: 400, 413 or 415 with a GraphQL error body.</summary>
public sealed class GraphQLRequestReaderTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("""{ "not a JSON""", "The body is not valid JSON: ")]
    [InlineData("""{"query":"{ hello }","query":"{ counter }"}""", "The body is not valid JSON: ")]
    [InlineData("""{"notquery":"{ hello }"}""", "Must provide query string.")]
    [InlineData("""{"query":null}""", "Must provide query string.")]
    [InlineData("""{"query":""}""", "Must provide query string.")]
    [InlineData("""{"query":{"obj":"ect"}}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query":0}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query":["{ hello }"]}""", "The 'query' parameter must be a string.")]
    [InlineData(
        """{"query":"{ hello }","operationName":false}""",
        "The 'operationName' parameter must be a string or null."
    )]
    [InlineData(
        """{"query":"{ hello }","variables":"string"}""",
        "The 'variables' parameter must be a JSON object or null."
    )]
    [InlineData(
        """{"query":"{ hello }","variables":["array"]}""",
        "The 'variables' parameter must be a JSON object or null."
    )]
    [InlineData(
        """{"query":"{ hello }","extensions":0}""",
        "The 'extensions' parameter must be a JSON object or null."
    )]
    [InlineData("\"{ hello }\"", "The body must be a JSON object.")]
    [InlineData(
        """[{"query":"{ hello }"}]""",
        "Batching is not enabled: the body must be a JSON object, not an array."
    )]
    [InlineData("", "The request has no body; send a JSON object with a 'query'.")]
    public async Task Answers_a_malformed_POST_with_400_and_an_error_body(
        string body,
        string message
    )
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await _server.PostAsync(body, accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, MediaType(response));
            var json = await JsonAsync(response);
            Assert.False(json.TryGetProperty("data", out _));
            Assert.StartsWith(
                message,
                json.GetProperty("errors")[0].GetProperty("message").GetString()
            );
        }
    }

    [Theory]
    [InlineData("variables=%7Bnope", "The 'variables' parameter is not valid JSON: ")]
    [InlineData("variables=%5B1%5D", "The 'variables' parameter must be a JSON object or null.")]
    [InlineData("extensions=1", "The 'extensions' parameter must be a JSON object or null.")]
    [InlineData("query=%7B%20counter%20%7D", "The 'query' parameter must be given at most once.")]
    public async Task Answers_a_malformed_GET_with_400(string extra, string message)
    {
        var response = await _server.GetAsync($"query={Encode("{ hello }")}&{extra}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, await FirstErrorAsync(response));
    }

    [Fact]
    public async Task Answers_a_GET_without_query_with_400()
    {
        var response = await _server.GetAsync("operationName=Q");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Must provide query string.", await FirstErrorAsync(response));
    }

    [Fact]
    public async Task Treats_null_and_empty_optional_parameters_as_absent()
    {
        var post = await _server.PostAsync(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}"""
        );
        var get = await _server.GetAsync(
            $"query={Encode("{ hello }")}&operationName=&variables=&extensions=null"
        );

        Assert.Equal(
            """{"data":{"hello":"Hello, world!"}}""",
            await post.Content.ReadAsStringAsync()
        );
        Assert.Equal(
            """{"data":{"hello":"Hello, world!"}}""",
            await get.Content.ReadAsStringAsync()
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Answers_a_POST_that_is_not_UTF_8_JSON_with_415_without_running_it(
        string? contentType
    )
    {
        var response = await _server.PostAsync(
            """{"query":"mutation { increment }"}""",
            contentType: contentType
        );

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull(await FirstErrorAsync(response));
        Assert.Equal(0, _server.Schema.Counter);
    }

    [Fact]
    public async Task Reads_a_UTF_8_body_with_characters_outside_the_basic_plane()
    {
        var response = await _server.PostAsync(
            """{"query":"{ hello(name: \"Run🏃Swim🏊\") }"}""",
            contentType: "application/json; charset=utf-8"
        );

        var hello = (await JsonAsync(response)).GetProperty("data").GetProperty("hello");
        Assert.Equal("Hello, Run🏃Swim🏊!", hello.GetString());
    }

    [Fact]
    public async Task Answers_a_body_larger_than_the_limit_with_413()
    {
        await using var server = await StartAsync(o => o.MaxRequestBodySize = 100);
        var small = """{"query":"{ hello }"}""";
        var large = """{"query":"{ hello }","extensions":{"padding":"PADDING"}}""".Replace(
            "PADDING",
            new string('x', 100),
            StringComparison.Ordinal
        );

        var accepted = await server.PostAsync(small);
        var refused = await server.PostAsync(large);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(
            "The request body is larger than the limit of 100 bytes.",
            await FirstErrorAsync(refused)
        );
    }

    [Fact]
    public async Task Answers_a_chunked_body_larger_than_the_limit_with_413()
    {
        await using var server = await StartAsync(o => o.MaxRequestBodySize = 1000);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(
                new UnseekableStream(new string(' ', 5000) + """{"query":"{ hello }"}""")
            ),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Answers_a_body_over_the_server_s_own_limit_with_its_status_code()
    {
        await using var server = await StartAsync(setUp: services =>
            services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = 50)
        );

        var response = await server.PostAsync(
            """{"query":"{ hello }","extensions":{"padding":"0123456789012345678901234567890123456789"}}"""
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull(await FirstErrorAsync(response));
    }

    [Fact]
    public async Task Runs_a_batch_when_batching_is_enabled_and_answers_an_array()
    {
        await using var server = await StartAsync(o => o.EnableBatching = true);

        var response = await server.PostAsync(
            """[{"query":"mutation { increment }"},{"query":"{ counter }"},{"query":"{ nope }"}]""",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """[{"data":{"increment":1}},{"data":{"counter":1}},{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}]""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""")]
    [InlineData("""[{"query":"{ hello }"}, 1]""")]
    [InlineData("""[{"query":"{ hello }"}, {"query": 1}]""")]
    public async Task Answers_an_empty_too_large_or_malformed_batch_with_400(string body)
    {
        await using var server = await StartAsync(o =>
        {
            o.EnableBatching = true;
            o.MaxBatchSize = 2;
        });

        var response = await server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A stream of unknown length, so that HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(string text)
        : MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))
    {
        public override bool CanSeek => false;
    }
}
