using PartnershipGraph.GraphQL.DataLoading;

namespace PartnershipGraph.GraphQL.Tests.DataLoading;

/// <summary>A grouped loader loads the list of items of each key in one batch.</summary>
public class GroupedDataLoaderTests
{
    [Fact]
    public async Task Loads_each_keys_items_and_an_empty_list_for_a_key_without_items()
    {
        var scheduler = new BatchScheduler();
        var batches = new List<int[]>();
        (int School, string Title)[] actions = [(1, "Phonics"), (1, "Maths"), (2, "Attendance")];
        var loader = new GroupedDataLoader<int, string>(
            scheduler,
            (keys, _) =>
            {
                batches.Add([.. keys]);
                return ValueTask.FromResult(
                    actions
                        .Where(action => keys.Contains(action.School))
                        .ToLookup(action => action.School, action => action.Title)
                );
            }
        );

        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        var none = loader.LoadAsync(3);
        await scheduler.DispatchAsync();

        Assert.Equal(["Phonics", "Maths"], await first);
        Assert.Equal(["Attendance"], await second);
        Assert.Empty(await none);
        Assert.Equal(
            [
                [1, 2, 3],
            ],
            batches
        );
    }
}
