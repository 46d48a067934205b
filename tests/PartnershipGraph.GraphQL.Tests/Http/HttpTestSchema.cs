using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Http;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>The schema the HTTP tests serve, with what its resolvers saw.</summary>
internal sealed class HttpTestSchema
{
    private int _counter;

    public HttpTestSchema()
    {
        Schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("hello", "String!", r => $"Hello, {r.Argument<string>("name")}!")
                        .Argument("name", "String", a => a.DefaultValue("world"))
                        .Field(
                            "boom",
                            "String",
                            _ => throw new InvalidOperationException("secret connection string")
                        )
                        .Field(
                            "refused",
                            "String",
                            _ => throw new GraphQLError("Refused on purpose.")
                        )
                        .Field(
                            "greeting",
                            "String",
                            r => r.ContextItems.TryGetValue("greeting", out var g) ? g : null
                        )
                        .Field("root", "String", r => r.Source?.ToString())
                        .Field(
                            "userAgent",
                            "String",
                            r => r.GetHttpContext()?.Request.Headers.UserAgent.ToString()
                        )
                        .Field("counter", "Int!", _ => _counter)
                        .Field("waitForCancellation", "String")
                        .ResolveAsync(WaitForCancellationAsync)
            )
            .Object(
                "Mutation",
                t => t.Field("increment", "Int!", _ => Interlocked.Increment(ref _counter))
            )
            .Build();
    }

    public Schema Schema { get; }

    /// <summary>How often <c>increment</c> ran.</summary>
    public int Counter => Volatile.Read(ref _counter);

    /// <summary>Completes when <c>waitForCancellation</c> has started.</summary>
    public TaskCompletionSource Started { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the token <c>waitForCancellation</c> waits on is cancelled.</summary>
    public TaskCompletionSource Cancelled { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<string?> WaitForCancellationAsync(IResolverContext context)
    {
        Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
        return null;
    }
}
