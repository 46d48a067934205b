namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>A <see cref="DataLoader{TKey, TValue}"/> for one-to-one relations, fetching a batch with a delegate.</summary>
/// <remarks>As GreenDonut's <c>BatchDataLoader</c>; a key the delegate does not return loads <c>default</c>.</remarks>
public sealed class BatchDataLoader<TKey, TValue>(
    BatchScheduler scheduler,
    Func<
        IReadOnlyList<TKey>,
        CancellationToken,
        ValueTask<IReadOnlyDictionary<TKey, TValue>>
    > loadBatch,
    IEqualityComparer<TKey>? comparer = null
) : DataLoader<TKey, TValue>(scheduler, comparer)
    where TKey : notnull
{
    /// <inheritdoc/>
    protected override ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    ) => loadBatch(keys, cancellationToken);
}
