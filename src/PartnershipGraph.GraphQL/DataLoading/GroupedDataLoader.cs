namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>A <see cref="DataLoader{TKey, TValue}"/> for one-to-many relations: each key loads the list of its items.</summary>
/// <remarks>As GreenDonut's <c>GroupedDataLoader</c>; a key without items loads an empty list.</remarks>
public sealed class GroupedDataLoader<TKey, TItem>(
    BatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TItem>>> loadGroups,
    IEqualityComparer<TKey>? comparer = null
) : DataLoader<TKey, IReadOnlyList<TItem>>(scheduler, comparer)
    where TKey : notnull
{
    private readonly IEqualityComparer<TKey>? _comparer = comparer;

    /// <inheritdoc/>
    protected override async ValueTask<
        IReadOnlyDictionary<TKey, IReadOnlyList<TItem>>
    > LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await loadGroups(keys, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<TKey, IReadOnlyList<TItem>>(keys.Count, _comparer);
        foreach (var key in keys)
        {
            values[key] = groups[key].ToArray();
        }
        return values;
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<TItem> ValueForMissingKey(TKey key) => [];
}
