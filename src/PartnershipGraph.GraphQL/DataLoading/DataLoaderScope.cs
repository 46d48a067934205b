using System.Collections.Concurrent;

namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>One request's data loaders (by name) and the scheduler that dispatches their batches.</summary>
internal sealed class DataLoaderScope
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchScheduler Scheduler { get; } = new();

    public TLoader GetOrCreate<TLoader>(string key, Func<BatchScheduler, TLoader> create)
        where TLoader : class
    {
        if (_loaders.TryGetValue(key, out var existing))
        {
            return (TLoader)existing;
        }
        lock (_loaders)
        {
            return (TLoader)_loaders.GetOrAdd(key, _ => create(Scheduler));
        }
    }
}
