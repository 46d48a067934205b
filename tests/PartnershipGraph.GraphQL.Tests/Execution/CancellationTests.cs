using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Execution stops when the request is cancelled or its timeout passes, and says so in the result.</summary>
public class CancellationTests
{
    private static Schema BuildSchema(Func<IResolverContext, Task<string>> slow) =>
        new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("fast", "String", _ => "fast")
                        .Field("slow", "String")
                        .ResolveAsync(slow)
            )
            .Build();

    private static Task<ExecutionResult> RunAsync(
        Schema schema,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default,
        ExecutionOptions? options = null
    ) =>
        new Executor(schema, options)
            .ExecuteAsync(
                new ExecutionRequest
                {
                    Document = Parser.Parse("{ fast slow }"),
                    Timeout = timeout,
                    CancellationToken = cancellationToken,
                }
            )
            .AsTask();

    [Fact]
    public async Task Reports_a_timeout_with_its_code()
    {
        var schema = BuildSchema(async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        });

        var result = await RunAsync(schema, TimeSpan.FromMilliseconds(50));

        AssertJson(
            """{"errors":[{"message":"Execution timed out after 50 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Times_out_even_when_a_resolver_ignores_the_token()
    {
        var release = new TaskCompletionSource<string>();
        var schema = BuildSchema(_ => release.Task);

        var result = await RunAsync(schema, TimeSpan.FromMilliseconds(30));
        release.SetResult("late");

        Assert.Equal("EXECUTION_TIMEOUT", Assert.Single(result.Errors).Extensions!["code"]);
    }

    [Fact]
    public async Task Uses_the_timeout_of_the_options_when_the_request_has_none()
    {
        var schema = BuildSchema(async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        });

        var result = await RunAsync(
            schema,
            options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(40) }
        );

        Assert.Equal("Execution timed out after 40 ms.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Completes_normally_within_the_timeout()
    {
        var schema = BuildSchema(async _ =>
        {
            await Task.Yield();
            return "slow";
        });

        var result = await RunAsync(schema, TimeSpan.FromSeconds(10));

        Assert.Empty(result.Errors);
        Assert.Equal("slow", result.Data!["slow"]);
    }

    [Fact]
    public async Task Reports_a_cancelled_request()
    {
        using var source = new CancellationTokenSource();
        var schema = BuildSchema(async c =>
        {
            await source.CancelAsync();
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        });

        var result = await RunAsync(schema, cancellationToken: source.Token);

        AssertJson(
            """{"errors":[{"message":"Execution was canceled.","extensions":{"code":"EXECUTION_CANCELED"}}],"data":null}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Stops_synchronous_execution_once_cancelled()
    {
        using var source = new CancellationTokenSource();
        var calls = 0;
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field(
                            "first",
                            "String",
                            _ =>
                            {
                                calls++;
                                source.Cancel();
                                return "1";
                            }
                        )
                        .Field("second", "String", _ => calls++)
            )
            .Build();

        var result = await new Executor(schema).ExecuteAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse("{ first second }"),
                CancellationToken = source.Token,
            }
        );

        Assert.Equal(1, calls);
        Assert.Equal("EXECUTION_CANCELED", Assert.Single(result.Errors).Extensions!["code"]);
    }

    [Fact]
    public async Task Treats_a_resolver_cancellation_that_is_not_the_requests_as_a_field_error()
    {
        var schema = BuildSchema(_ => throw new OperationCanceledException("Upstream gave up."));

        var result = await RunAsync(schema, TimeSpan.FromSeconds(10));

        Assert.Equal("Upstream gave up.", Assert.Single(result.Errors).Message);
        Assert.Equal("fast", result.Data!["fast"]);
    }
}
