using System.Collections.Concurrent;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Root fields of mutations run one after another (graphql-js's mutations-test).</summary>
public class MutationsTests
{
    private sealed class Counter
    {
        public int Value;
        public ConcurrentQueue<string> Log { get; } = new();
    }

    private static Schema BuildSchema(Counter counter) =>
        new SchemaBuilder()
            .Object("Query", t => t.Field("value", "Int", _ => counter.Value))
            .Object("Number", t => t.Field("theNumber", "Int"))
            .Object(
                "Mutation",
                t =>
                {
                    t.Field("immediately", "Number", c => Set(counter, c, "immediately"))
                        .Argument("n", "Int!");
                    t.Field("eventually", "Number")
                        .Argument("n", "Int!")
                        .ResolveAsync(async c =>
                        {
                            await Task.Delay(20);
                            return Set(counter, c, "eventually");
                        });
                    t.Field(
                            "fail",
                            "Number",
                            _ => throw new InvalidOperationException("Cannot change the number")
                        )
                        .Argument("n", "Int!");
                    t.Field(
                        "failNonNull",
                        "Number!",
                        _ => throw new InvalidOperationException("Broken")
                    );
                }
            )
            .Build();

    private static Dictionary<string, object?> Set(
        Counter counter,
        IResolverContext context,
        string name
    )
    {
        counter.Value = context.Argument<int>("n");
        counter.Log.Enqueue($"{name}({counter.Value})");
        return new Dictionary<string, object?> { ["theNumber"] = counter.Value };
    }

    [Fact]
    public async Task Evaluates_mutations_serially()
    {
        var counter = new Counter();

        var json = await JsonAsync(
            BuildSchema(counter),
            """
            mutation {
              first: eventually(n: 1) { theNumber }
              second: immediately(n: 2) { theNumber }
              third: eventually(n: 3) { theNumber }
              fourth: immediately(n: 4) { theNumber }
            }
            """
        );

        AssertJson(
            """{"data":{"first":{"theNumber":1},"second":{"theNumber":2},"third":{"theNumber":3},"fourth":{"theNumber":4}}}""",
            json
        );
        Assert.Equal(
            ["eventually(1)", "immediately(2)", "eventually(3)", "immediately(4)"],
            counter.Log
        );
        Assert.Equal(4, counter.Value);
    }

    [Fact]
    public async Task Evaluates_mutations_correctly_in_the_presence_of_a_failed_mutation()
    {
        var counter = new Counter();

        var json = await JsonAsync(
            BuildSchema(counter),
            "mutation { first: immediately(n: 1) { theNumber } second: fail(n: 2) { theNumber } third: eventually(n: 3) { theNumber } }"
        );

        AssertJson(
            """{"errors":[{"message":"Cannot change the number","locations":[{"line":1,"column":51}],"path":["second"]}],"data":{"first":{"theNumber":1},"second":null,"third":{"theNumber":3}}}""",
            json
        );
    }

    [Fact]
    public async Task Stops_at_a_failed_non_null_mutation_and_nulls_the_data()
    {
        var counter = new Counter();

        var result = await ExecuteAsync(
            BuildSchema(counter),
            "mutation { first: immediately(n: 1) { theNumber } failNonNull { theNumber } last: immediately(n: 9) { theNumber } }"
        );

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("Broken", Assert.Single(result.Errors).Message);
        Assert.Equal(["immediately(1)"], counter.Log);
    }

    [Fact]
    public async Task Reports_a_schema_without_mutations()
    {
        var schema = new SchemaBuilder().Object("Query", t => t.Field("a", "String")).Build();

        AssertJson(
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            await JsonAsync(schema, "mutation { a }")
        );
    }

    [Fact]
    public async Task Runs_the_fields_below_a_mutation_root_field_in_parallel()
    {
        var started = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "String"))
            .Object(
                "Result",
                t =>
                {
                    foreach (var name in new[] { "x", "y" })
                    {
                        t.Field(name, "String")
                            .ResolveAsync(async _ =>
                            {
                                if (Interlocked.Increment(ref started) == 2)
                                {
                                    gate.SetResult();
                                }
                                await gate.Task.WaitAsync(TimeSpan.FromSeconds(5));
                                return name;
                            });
                    }
                }
            )
            .Object("Mutation", t => t.Field("run", "Result", _ => new object()))
            .Build();

        AssertJson(
            """{"data":{"run":{"x":"x","y":"y"}}}""",
            await JsonAsync(schema, "mutation { run { x y } }")
        );
    }
}
