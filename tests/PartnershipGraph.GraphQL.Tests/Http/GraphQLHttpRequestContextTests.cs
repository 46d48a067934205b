using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.GraphQL.Http;
using PartnershipGraph.GraphQL.Language.Ast;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>The host's per-request hook, <see cref="GraphQLHttpOptions.ConfigureRequest"/>.</summary>
public sealed class GraphQLHttpRequestContextTests
{
    [Fact]
    public async Task Sets_context_items_and_the_root_value_that_resolvers_see()
    {
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = context =>
            {
                context.ContextItems["greeting"] =
                    $"Hi {context.HttpContext.Request.Headers["X-Name"]}";
                context.RootValue = "the root";
                return ValueTask.CompletedTask;
            }
        );
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """{"query":"{ greeting root }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("X-Name", "Ada");

        var response = await server.SendAsync(request);

        Assert.Equal(
            """{"data":{"greeting":"Hi Ada","root":"the root"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Sees_the_request_parameters_the_parsed_document_and_the_selected_operation()
    {
        GraphQLHttpRequest? seen = null;
        OperationDefinitionNode? operation = null;
        string? extension = null;
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = context =>
            {
                seen = context.Request;
                operation = context.Operation;
                extension = context.Request.Extensions?.GetProperty("tag").GetString();
                return ValueTask.CompletedTask;
            }
        );

        await server.PostAsync(
            """{"query":"query A { hello } mutation B { increment }","operationName":"B","extensions":{"tag":"t1"}}"""
        );

        Assert.Equal("B", seen!.OperationName);
        Assert.Equal(OperationType.Mutation, operation!.Operation);
        Assert.Equal("t1", extension);
    }

    [Theory]
    [InlineData("application/graphql-response+json", null, HttpStatusCode.BadRequest)]
    [InlineData("application/json", null, HttpStatusCode.OK)]
    [InlineData("application/json", 403, HttpStatusCode.Forbidden)]
    public async Task Refuses_an_operation_with_errors_and_the_status_it_asks_for(
        string accept,
        int? status,
        HttpStatusCode expected
    )
    {
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = context =>
            {
                if (context.Operation?.Operation == OperationType.Mutation)
                {
                    context.AddError(new GraphQLError("Mutations are closed today."));
                    context.StatusCode = status;
                }
                return ValueTask.CompletedTask;
            }
        );

        var response = await server.PostAsync(
            """{"query":"mutation { increment }"}""",
            accept: accept
        );

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Mutations are closed today."}]}""",
            await response.Content.ReadAsStringAsync()
        );
        Assert.Equal(0, server.Schema.Counter);
    }

    [Fact]
    public async Task Uses_the_request_scope_as_the_services_of_resolvers_by_default()
    {
        IServiceProvider? services = null;
        IServiceProvider? requestServices = null;
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = context =>
            {
                services = context.Services;
                requestServices = context.HttpContext.RequestServices;
                return ValueTask.CompletedTask;
            }
        );

        await server.PostAsync("""{"query":"{ hello }"}""");

        Assert.NotNull(services);
        Assert.Same(requestServices, services);
    }

    [Fact]
    public async Task Sets_a_timeout_that_stops_execution()
    {
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = context =>
            {
                context.Timeout = TimeSpan.FromMilliseconds(50);
                return ValueTask.CompletedTask;
            }
        );

        var response = await server.PostAsync("""{"query":"{ waitForCancellation }"}""");

        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal(
            "EXECUTION_TIMEOUT",
            error.GetProperty("extensions").GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task Answers_500_without_the_exception_when_the_hook_throws_outside_Development()
    {
        await using var server = await StartAsync(o =>
            o.ConfigureRequest = _ => throw new InvalidOperationException("secret detail")
        );

        var response = await server.PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error"}]}""",
            await response.Content.ReadAsStringAsync()
        );
        Assert.Contains(server.Logs.Entries, e => e.Exception?.Message == "secret detail");
    }

    [Fact]
    public async Task Gives_resolvers_the_HttpContext()
    {
        await using var server = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """{"query":"{ userAgent }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.UserAgent.ParseAdd("partner-dashboard/1.0");

        var response = await server.SendAsync(request);

        Assert.Equal(
            """{"data":{"userAgent":"partner-dashboard/1.0"}}""",
            await response.Content.ReadAsStringAsync()
        );
    }
}
