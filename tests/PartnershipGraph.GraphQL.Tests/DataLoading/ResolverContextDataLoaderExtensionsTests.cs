using System.Collections.Concurrent;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.DataLoading;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.DataLoading;

/// <summary>Resolvers share one loader of each kind per request, and the executor dispatches a batch per level.</summary>
public class ResolverContextDataLoaderExtensionsTests
{
    private sealed record SchoolRow(int Id, int TrustId);

    private sealed record TrustRow(int Id, string Name, int RegionId);

    private sealed record RegionRow(int Id, string Name);

    /// <summary>A loader declared as a class, created by <c>DataLoader&lt;TLoader&gt;()</c>.</summary>
    private sealed class RegionByIdAsync(BatchScheduler scheduler)
        : DataLoader<int, RegionRow>(scheduler)
    {
        public static ConcurrentQueue<int[]> Batches { get; } = new();

        protected override ValueTask<IReadOnlyDictionary<int, RegionRow>> LoadBatchAsync(
            IReadOnlyList<int> keys,
            CancellationToken cancellationToken
        )
        {
            Batches.Enqueue([.. keys]);
            return ValueTask.FromResult<IReadOnlyDictionary<int, RegionRow>>(
                keys.ToDictionary(key => key, key => new RegionRow(key, $"Region {key}"))
            );
        }
    }

    private sealed class Fixture
    {
        public ConcurrentQueue<(string Loader, int[] Keys)> Batches { get; } = new();

        public Func<IReadOnlyList<int>, CancellationToken, Task>? BeforeTrustBatch { get; set; }

        public Schema Schema { get; }

        public Fixture(int schoolCount, int trustCount)
        {
            var schools = Enumerable
                .Range(1, schoolCount)
                .Select(id => new SchoolRow(id, 100 + (id % trustCount)))
                .ToArray();
            Schema = new SchemaBuilder()
                .Object(
                    "Query",
                    t =>
                        t.Field("schools", "[School!]!", _ => schools)
                            .Field(
                                "school",
                                "School",
                                r => schools.Single(s => s.Id == r.Argument<int>("id"))
                            )
                            .Argument("id", "Int!")
                )
                .Object(
                    "Mutation",
                    t =>
                        t.Field("touch", "School", r => schools[r.Argument<int>("index")])
                            .Argument("index", "Int!")
                )
                .Object(
                    "School",
                    t =>
                        t.Field("id", "Int!")
                            .Field(
                                "trust",
                                "Trust",
                                r => TrustById(r).LoadAsync(((SchoolRow)r.Source!).TrustId)
                            )
                            .Field(
                                "actions",
                                "[String!]!",
                                r => ActionsBySchool(r).LoadAsync(((SchoolRow)r.Source!).Id)
                            )
                            .Field("slowTrust", "Trust")
                            .ResolveAsync(async r =>
                            {
                                await Task.Delay(1);
                                return await TrustById(r).LoadAsync(((SchoolRow)r.Source!).TrustId);
                            })
                )
                .Object(
                    "Trust",
                    t =>
                        t.Field("id", "Int!")
                            .Field("name", "String!")
                            .Field(
                                "region",
                                "Region!",
                                r =>
                                    r.DataLoader<RegionByIdAsync>()
                                        .LoadAsync(
                                            ((TrustRow)r.Source!).RegionId,
                                            r.CancellationToken
                                        )
                            )
                )
                .Object("Region", t => t.Field("id", "Int!").Field("name", "String!"))
                .Build();
        }

        private BatchDataLoader<int, TrustRow> TrustById(IResolverContext context) =>
            context.GetOrCreateLoader(
                "trustById",
                scheduler => new BatchDataLoader<int, TrustRow>(
                    scheduler,
                    async (keys, cancellationToken) =>
                    {
                        Batches.Enqueue(("trust", [.. keys]));
                        if (BeforeTrustBatch is { } before)
                        {
                            await before(keys, cancellationToken);
                        }
                        return keys.ToDictionary(
                            key => key,
                            key => new TrustRow(key, $"Trust {key}", key % 3)
                        );
                    }
                )
            );

        private GroupedDataLoader<int, string> ActionsBySchool(IResolverContext context) =>
            context.GetOrCreateLoader(
                "actionsBySchool",
                scheduler => new GroupedDataLoader<int, string>(
                    scheduler,
                    (keys, _) =>
                    {
                        Batches.Enqueue(("actions", [.. keys]));
                        return ValueTask.FromResult(
                            keys.Where(key => key % 2 == 0)
                                .SelectMany(key => new[] { (key, "Reading"), (key, "Maths") })
                                .ToLookup(action => action.key, action => action.Item2)
                        );
                    }
                )
            );

        public Task<ExecutionResult> RunAsync(
            string query,
            CancellationToken cancellationToken = default
        ) =>
            new Executor(Schema)
                .ExecuteAsync(
                    new ExecutionRequest
                    {
                        Document = Parser.Parse(query),
                        CancellationToken = cancellationToken,
                    }
                )
                .AsTask();

        public async Task<string> JsonAsync(string query) =>
            ExecutionResultWriter.ToJson(await RunAsync(query));

        public string[] BatchesOf(string loader) =>
            [
                .. Batches
                    .Where(batch => batch.Loader == loader)
                    .Select(batch => string.Join(",", batch.Keys)),
            ];
    }

    [Fact]
    public async Task Loads_the_child_of_fifty_objects_in_one_batch_of_fifty_keys()
    {
        var fixture = new Fixture(schoolCount: 50, trustCount: 50);

        var json = await fixture.JsonAsync("{ schools { id trust { id name } } }");

        var batch = Assert.Single(fixture.Batches);
        Assert.Equal(50, batch.Keys.Length);
        Assert.Equal(50, batch.Keys.Distinct().Count());
        Assert.Contains("{\"id\":1,\"trust\":{\"id\":101,\"name\":\"Trust 101\"}}", json);
        Assert.Contains("{\"id\":50,\"trust\":{\"id\":100,\"name\":\"Trust 100\"}}", json);
        Assert.DoesNotContain("errors", json);
    }

    [Fact]
    public async Task Fetches_a_key_shared_by_several_objects_once()
    {
        var fixture = new Fixture(schoolCount: 50, trustCount: 5);

        await fixture.JsonAsync("{ schools { trust { name } } }");

        Assert.Equal(["101,102,103,104,100"], fixture.BatchesOf("trust"));
    }

    [Fact]
    public async Task Dispatches_one_batch_per_loader_and_level()
    {
        var fixture = new Fixture(schoolCount: 6, trustCount: 3);
        RegionByIdAsync.Batches.Clear();

        var json = await fixture.JsonAsync(
            "{ schools { id actions trust { name region { name } } } }"
        );

        Assert.Equal(["101,102,100"], fixture.BatchesOf("trust"));
        Assert.Equal(["1,2,3,4,5,6"], fixture.BatchesOf("actions"));
        Assert.Equal("2,0,1", string.Join(",", Assert.Single(RegionByIdAsync.Batches)));
        AssertJson(
            """
            {"data":{"schools":[
              {"id":1,"actions":[],"trust":{"name":"Trust 101","region":{"name":"Region 2"}}},
              {"id":2,"actions":["Reading","Maths"],"trust":{"name":"Trust 102","region":{"name":"Region 0"}}},
              {"id":3,"actions":[],"trust":{"name":"Trust 100","region":{"name":"Region 1"}}},
              {"id":4,"actions":["Reading","Maths"],"trust":{"name":"Trust 101","region":{"name":"Region 2"}}},
              {"id":5,"actions":[],"trust":{"name":"Trust 102","region":{"name":"Region 0"}}},
              {"id":6,"actions":["Reading","Maths"],"trust":{"name":"Trust 100","region":{"name":"Region 1"}}}
            ]}}
            """,
            json
        );
    }

    [Fact]
    public async Task Keeps_the_order_of_fields_mixing_loaded_and_synchronous_values()
    {
        var fixture = new Fixture(schoolCount: 3, trustCount: 3);

        var json = await fixture.JsonAsync(
            "{ schools { trust { name id } id actions first: id } count: schools { id } }"
        );

        AssertJson(
            """
            {"data":{"schools":[
              {"trust":{"name":"Trust 101","id":101},"id":1,"actions":[],"first":1},
              {"trust":{"name":"Trust 102","id":102},"id":2,"actions":["Reading","Maths"],"first":2},
              {"trust":{"name":"Trust 100","id":100},"id":3,"actions":[],"first":3}
            ],"count":[{"id":1},{"id":2},{"id":3}]}}
            """,
            json
        );
    }

    [Fact]
    public async Task Caches_a_key_within_a_request_but_not_across_requests()
    {
        var fixture = new Fixture(schoolCount: 6, trustCount: 3);
        const string query =
            "{ a: school(id: 1) { trust { name } } b: school(id: 4) { trust { name } } }";

        await fixture.JsonAsync(query);
        await fixture.JsonAsync(query);

        Assert.Equal(["101", "101"], fixture.BatchesOf("trust"));
    }

    [Fact]
    public async Task Reports_a_failed_batch_at_every_field_waiting_for_it()
    {
        var fixture = new Fixture(schoolCount: 3, trustCount: 3)
        {
            BeforeTrustBatch = (_, _) =>
                throw new InvalidOperationException("Trusts are unavailable."),
        };

        var json = await fixture.JsonAsync("{ schools { id trust { name } } }");

        AssertJson(
            """
            {"errors":[
              {"message":"Trusts are unavailable.","locations":[{"line":1,"column":16}],"path":["schools",0,"trust"]},
              {"message":"Trusts are unavailable.","locations":[{"line":1,"column":16}],"path":["schools",1,"trust"]},
              {"message":"Trusts are unavailable.","locations":[{"line":1,"column":16}],"path":["schools",2,"trust"]}
            ],"data":{"schools":[{"id":1,"trust":null},{"id":2,"trust":null},{"id":3,"trust":null}]}}
            """,
            json
        );
    }

    [Fact]
    public async Task Stops_a_batch_when_the_request_is_cancelled()
    {
        var fixture = new Fixture(schoolCount: 3, trustCount: 3);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sawCancellation = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        fixture.BeforeTrustBatch = async (_, cancellationToken) =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                sawCancellation.SetResult();
            }
        };
        using var cancellation = new CancellationTokenSource();

        var execution = fixture.RunAsync("{ schools { trust { name } } }", cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();
        var result = await execution.WaitAsync(TimeSpan.FromSeconds(10));

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Execution was canceled.", error.Message);
        await sawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Dispatches_loads_started_after_an_awaited_resolver()
    {
        var fixture = new Fixture(schoolCount: 4, trustCount: 2);

        var json = await fixture.JsonAsync("{ schools { id slowTrust { name } } }");

        AssertJson(
            """
            {"data":{"schools":[
              {"id":1,"slowTrust":{"name":"Trust 101"}},{"id":2,"slowTrust":{"name":"Trust 100"}},
              {"id":3,"slowTrust":{"name":"Trust 101"}},{"id":4,"slowTrust":{"name":"Trust 100"}}
            ]}}
            """,
            json
        );
        Assert.Equal(
            2,
            fixture.BatchesOf("trust").SelectMany(keys => keys.Split(',')).Distinct().Count()
        );
    }

    [Fact]
    public async Task Dispatches_batches_between_serial_mutation_fields()
    {
        var fixture = new Fixture(schoolCount: 3, trustCount: 3);

        var json = await fixture.JsonAsync(
            "mutation { a: touch(index: 0) { trust { name } } b: touch(index: 1) { trust { name } } }"
        );

        AssertJson(
            """{"data":{"a":{"trust":{"name":"Trust 101"}},"b":{"trust":{"name":"Trust 102"}}}}""",
            json
        );
        Assert.Equal(["101", "102"], fixture.BatchesOf("trust"));
    }

    [Fact]
    public void Refuses_a_resolver_context_the_executor_did_not_create()
    {
        var schema = new Fixture(schoolCount: 1, trustCount: 1).Schema;
        IResolverContext context = new TestResolverContext(
            schema,
            null,
            schema.QueryType.Fields[0],
            schema.QueryType,
            []
        );

        Assert.Throws<InvalidOperationException>(() => context.DataLoader<RegionByIdAsync>());
    }
}
