namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>Loads values by key for one request, fetching the keys of a level in one batch and caching each key's result.</summary>
/// <remarks>
/// As GreenDonut's <c>DataLoaderBase</c>: keys are de-duplicated; the same key returns the same task (no second fetch)
/// for the loader's lifetime, which is one request when it comes from <see cref="ResolverContextDataLoaderExtensions"/>.
/// A failed batch fails every load waiting on it.
/// </remarks>
public abstract class DataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private Batch? _open;

    /// <summary>Creates a loader whose batches <paramref name="scheduler"/> dispatches.</summary>
    protected DataLoader(BatchScheduler scheduler, IEqualityComparer<TKey>? comparer = null)
    {
        Scheduler = scheduler;
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(comparer);
    }

    /// <summary>The scheduler that dispatches this loader's batches.</summary>
    public BatchScheduler Scheduler { get; }

    /// <summary>The value for <paramref name="key"/>: cached, or fetched with the other keys of the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TValue>(cancellationToken);
        }
        Task<TValue> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                task = cached.Task;
            }
            else
            {
                var source = new TaskCompletionSource<TValue>();
                _cache.Add(key, source);
                if (_open is null)
                {
                    _open = new Batch(this);
                    Scheduler.Enqueue(_open);
                }
                _open.Add(key, source);
                task = source.Task;
            }
        }
        return cancellationToken.CanBeCanceled && !task.IsCompleted
            ? task.WaitAsync(cancellationToken)
            : task;
    }

    /// <summary>The values for <paramref name="keys"/>, in their order.</summary>
    public Task<TValue[]> LoadAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken = default
    )
    {
        var tasks = new Task<TValue>[keys.Count];
        for (var index = 0; index < tasks.Length; index++)
        {
            tasks[index] = LoadAsync(keys[index], cancellationToken);
        }
        return Task.WhenAll(tasks);
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>; a key missing from the result gets <see cref="ValueForMissingKey"/>.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    );

    /// <summary>The value of a key the batch did not return.</summary>
    /// <value><c>default</c> (null for references).</value>
    protected virtual TValue ValueForMissingKey(TKey key) => default!;

    private sealed class Batch(DataLoader<TKey, TValue> loader) : IBatch
    {
        private readonly List<TKey> _keys = [];
        private readonly List<TaskCompletionSource<TValue>> _sources = [];

        public void Add(TKey key, TaskCompletionSource<TValue> source)
        {
            _keys.Add(key);
            _sources.Add(source);
        }

        public async Task DispatchAsync(CancellationToken cancellationToken)
        {
            lock (loader._gate)
            {
                if (ReferenceEquals(loader._open, this))
                {
                    loader._open = null;
                }
            }
            IReadOnlyDictionary<TKey, TValue> values;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                values = await loader
                    .LoadBatchAsync(_keys, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _sources.ForEach(source => source.TrySetCanceled(cancellationToken));
                return;
            }
            catch (Exception exception)
            {
                _sources.ForEach(source => source.TrySetException(exception));
                return;
            }
            for (var index = 0; index < _keys.Count; index++)
            {
                var key = _keys[index];
                _sources[index]
                    .TrySetResult(
                        values.TryGetValue(key, out var value)
                            ? value
                            : loader.ValueForMissingKey(key)
                    );
            }
        }
    }
}
