using PartnershipGraph.GraphQL.DataLoading;

namespace PartnershipGraph.GraphQL.Tests.DataLoading;

/// <summary>A loader de-duplicates and caches keys and waits for its scheduler to fetch them in one batch.</summary>
public class DataLoaderTests
{
    private static (BatchDataLoader<int, string> Loader, List<int[]> Batches) CreateLoader(
        BatchScheduler scheduler
    )
    {
        var batches = new List<int[]>();
        var loader = new BatchDataLoader<int, string>(
            scheduler,
            (keys, _) =>
            {
                batches.Add([.. keys]);
                return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(
                    keys.Where(key => key > 0).ToDictionary(key => key, key => $"value {key}")
                );
            }
        );
        return (loader, batches);
    }

    [Fact]
    public async Task Waits_for_the_scheduler_and_fetches_distinct_keys_in_one_batch()
    {
        var scheduler = new BatchScheduler();
        var (loader, batches) = CreateLoader(scheduler);

        var first = loader.LoadAsync(1);
        var again = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        Assert.False(first.IsCompleted);
        Assert.Empty(batches);
        Assert.True(scheduler.HasPending);

        await scheduler.DispatchAsync();

        Assert.False(scheduler.HasPending);
        Assert.Equal(
            [
                [1, 2],
            ],
            batches
        );
        Assert.Equal("value 1", await first);
        Assert.Equal("value 1", await again);
        Assert.Equal("value 2", await second);
    }

    [Fact]
    public async Task Answers_a_cached_key_without_a_second_fetch()
    {
        var scheduler = new BatchScheduler();
        var (loader, batches) = CreateLoader(scheduler);
        var first = loader.LoadAsync(3);
        await scheduler.DispatchAsync();

        var cached = loader.LoadAsync(3);

        Assert.True(cached.IsCompletedSuccessfully);
        Assert.False(scheduler.HasPending);
        Assert.Same(await first, await cached);
        Assert.Single(batches);
    }

    [Fact]
    public async Task Loads_the_default_value_for_a_key_the_batch_did_not_return()
    {
        var scheduler = new BatchScheduler();
        var (loader, _) = CreateLoader(scheduler);
        var missing = loader.LoadAsync(-1);
        await scheduler.DispatchAsync();

        Assert.Null(await missing);
    }

    [Fact]
    public async Task Loads_many_keys_in_their_order()
    {
        var scheduler = new BatchScheduler();
        var (loader, batches) = CreateLoader(scheduler);
        var values = loader.LoadAsync([3, 1, 3]);
        await scheduler.DispatchAsync();

        Assert.Equal(["value 3", "value 1", "value 3"], await values);
        Assert.Equal(
            [
                [3, 1],
            ],
            batches
        );
    }

    [Fact]
    public async Task Fails_every_load_of_a_failed_batch()
    {
        var scheduler = new BatchScheduler();
        var loader = new BatchDataLoader<int, string>(
            scheduler,
            (_, _) => throw new InvalidOperationException("The database is down.")
        );
        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        await scheduler.DispatchAsync();

        Assert.Equal(
            "The database is down.",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => first)).Message
        );
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
    }

    [Fact]
    public async Task Cancels_the_loads_of_a_batch_dispatched_with_a_cancelled_token()
    {
        var scheduler = new BatchScheduler();
        var (loader, batches) = CreateLoader(scheduler);
        var load = loader.LoadAsync(1);

        await scheduler.DispatchAsync(new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.Empty(batches);
    }

    [Fact]
    public async Task Refuses_a_load_whose_token_is_cancelled()
    {
        var scheduler = new BatchScheduler();
        var (loader, _) = CreateLoader(scheduler);

        var load = loader.LoadAsync(1, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.False(scheduler.HasPending);
    }

    [Fact]
    public async Task Puts_keys_loaded_during_a_dispatch_into_the_next_batch()
    {
        var scheduler = new BatchScheduler();
        var (loader, batches) = CreateLoader(scheduler);
        var next = loader
            .LoadAsync(1)
            .ContinueWith(
                task => loader.LoadAsync(task.Result.Length),
                TaskContinuationOptions.ExecuteSynchronously
            );

        await scheduler.DispatchAsync();
        Assert.True(scheduler.HasPending);
        await scheduler.DispatchAsync();

        Assert.Equal("value 7", await await next);
        Assert.Equal(
            [
                [1],
                [7],
            ],
            batches
        );
    }
}
