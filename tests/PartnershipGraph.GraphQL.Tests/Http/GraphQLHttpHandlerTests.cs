using System.Net;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>How the endpoint answers well-formed requests: media types, status codes, GET and POST, errors and cancellation.</summary>
public sealed class GraphQLHttpHandlerTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Answers_a_POST_with_data_and_application_json_when_there_is_no_Accept_header()
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", ContentType(response));
        Assert.Equal(["Accept"], response.Headers.Vary);
        Assert.Equal(
            """{"data":{"hello":"Hello, world!"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(
        "application/graphql-response+json, application/json",
        "application/graphql-response+json"
    )]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Responds_with_the_media_type_the_Accept_header_prefers(
        string accept,
        string expected
    )
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Fact]
    public async Task Answers_406_when_the_Accept_header_allows_neither_media_type()
    {
        var response = await _server.PostAsync("""{"query":"{ hello }"}""", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains(
            "application/graphql-response+json",
            response.Headers.GetValues("Accept").Single()
        );
    }

    [Fact]
    public async Task Accepts_a_body_sent_as_application_graphql_response_json()
    {
        var response = await _server.PostAsync(
            """{"query":"{ hello }"}""",
            contentType: "application/graphql-response+json; charset=utf-8"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Answers_a_syntax_error_without_data_with_400_or_200_by_media_type(
        string accept,
        HttpStatusCode expected
    )
    {
        var response = await _server.PostAsync("""{"query":"{"}""", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(
            "Syntax Error: Expected Name, found <EOF>.",
            body.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Answers_a_validation_error_without_data_with_400_or_200_by_media_type(
        string accept,
        HttpStatusCode expected
    )
    {
        var response = await _server.PostAsync("""{"query":"{ nope }"}""", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(
            "Cannot query field \"nope\" on type \"Query\".",
            body.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Answers_a_variable_coercion_error_with_400_or_200_by_media_type(
        string accept,
        HttpStatusCode expected
    )
    {
        var response = await _server.PostAsync(
            """{"query":"query Q($n: String!) { hello(name: $n) }","variables":{"n":null}}""",
            accept: accept
        );

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(
            "Variable \"$n\" of non-null type \"String!\" must not be null.",
            await FirstErrorAsync(response)
        );
    }

    [Fact]
    public async Task Answers_a_field_error_with_data_with_200_for_application_graphql_response_json()
    {
        var response = await _server.PostAsync(
            """{"query":"{ refused hello }"}""",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Refused on purpose.","locations":[{"line":1,"column":3}],"path":["refused"]}],"data":{"refused":null,"hello":"Hello, world!"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Passes_variables_and_the_operation_name()
    {
        var response = await _server.PostAsync(
            """{"query":"query A { counter } query B($n: String) { hello(name: $n) }","operationName":"B","variables":{"n":"Ada"},"extensions":{"x":1}}"""
        );

        Assert.Equal(
            """{"data":{"hello":"Hello, Ada!"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Runs_a_query_sent_with_GET_with_JSON_variables()
    {
        var response = await _server.GetAsync(
            $"query={Encode("query Q($n: String) { hello(name: $n) }")}&variables={Encode("""{"n":"Bo"}""")}&operationName=Q",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"data":{"hello":"Hello, Bo!"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Refuses_a_mutation_sent_with_GET_with_405_and_Allow_POST_without_running_it()
    {
        var response = await _server.GetAsync($"query={Encode("mutation { increment }")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(0, _server.Schema.Counter);
    }

    [Fact]
    public async Task Refuses_the_mutation_a_GET_selects_by_name_from_a_document_with_a_query()
    {
        var query = Encode("query Q { counter } mutation M { increment }");

        var mutation = await _server.GetAsync($"query={query}&operationName=M");
        var read = await _server.GetAsync($"query={query}&operationName=Q");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("""{"data":{"counter":0}}""", await read.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Runs_a_mutation_sent_with_POST()
    {
        var response = await _server.PostAsync("""{"query":"mutation { increment }"}""");

        Assert.Equal("""{"data":{"increment":1}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, _server.Schema.Counter);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Answers_other_methods_with_405_and_Allow_GET_POST(string method)
    {
        var response = await _server.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), "/graphql")
        );

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Refuses_a_subscription_as_a_request_error()
    {
        var response = await _server.PostAsync(
            """{"query":"subscription { hello }"}""",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Subscriptions are not supported over HTTP requests.",
            await FirstErrorAsync(response)
        );
    }

    [Fact]
    public async Task Hides_unexpected_exception_messages_outside_Development_and_logs_them()
    {
        var response = await _server.PostAsync("""{"query":"{ boom }"}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null}}""",
            body
        );
        var logged = Assert.Single(_server.Logs.Entries);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Contains("boom", logged.Message);
    }

    [Fact]
    public async Task Shows_the_exception_with_its_stack_trace_in_Development()
    {
        await using var server = await StartAsync(environment: "Development");

        var response = await server.PostAsync("""{"query":"{ boom }"}""");

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("secret connection string", error.GetProperty("message").GetString());
        var exception = error.GetProperty("extensions").GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Contains("HttpTestSchema", exception.GetProperty("stackTrace").GetString());
    }

    [Fact]
    public async Task ExposeExceptionDetails_overrides_the_environment()
    {
        await using var server = await StartAsync(
            o => o.ExposeExceptionDetails = false,
            environment: "Development"
        );

        var response = await server.PostAsync("""{"query":"{ boom }"}""");

        Assert.Equal("Unexpected Execution Error", await FirstErrorAsync(response));
        Assert.DoesNotContain("stackTrace", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cancels_the_resolvers_when_the_client_aborts_the_request()
    {
        using var abort = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """{"query":"{ waitForCancellation }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        var sending = _server.Client.SendAsync(request, abort.Token);
        await _server.Schema.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await abort.CancelAsync();

        await _server.Schema.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Refuses_GET_with_405_when_GET_requests_are_disabled()
    {
        await using var server = await StartAsync(o => o.EnableGetRequests = false);

        var get = await server.GetAsync($"query={Encode("{ hello }")}");
        var put = await server.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);
        Assert.Equal(["POST"], put.Content.Headers.Allow);
    }

    [Fact]
    public async Task Reuses_the_parsed_and_validated_document_of_a_repeated_query()
    {
        await _server.PostAsync("""{"query":"{ counter }"}""");
        await _server.GetAsync($"query={Encode("{ counter }")}");

        var response = await _server.PostAsync("""{"query":"{ counter }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Cache.Hits);
    }
}
