namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>The batches of one request's data loaders that wait to be dispatched.</summary>
/// <remarks>
/// The executor dispatches them when it has started every field it can and is about to wait: all the keys a level
/// of the response asks for are fetched in one batch per loader. Loads made while a batch completes (the next
/// level) go into the next round. No timers: the order of dispatch depends only on the document and the data.
/// </remarks>
public sealed class BatchScheduler
{
    private readonly Lock _gate = new();
    private List<IBatch> _pending = [];
    private TaskCompletionSource? _signal;

    /// <summary>Whether some batch waits to be dispatched.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Dispatches every batch waiting now, loaders in parallel, and returns when all have completed their loads.</summary>
    /// <remarks>Batches enqueued meanwhile wait for the next call.</remarks>
    public Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<IBatch> batches;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return Task.CompletedTask;
            }
            batches = _pending;
            _pending = [];
        }
        if (batches.Count == 1)
        {
            return batches[0].DispatchAsync(cancellationToken);
        }
        var tasks = new Task[batches.Count];
        for (var index = 0; index < tasks.Length; index++)
        {
            tasks[index] = batches[index].DispatchAsync(cancellationToken);
        }
        return Task.WhenAll(tasks);
    }

    internal void Enqueue(IBatch batch)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _pending.Add(batch);
            signal = _signal;
            _signal = null;
        }
        signal?.TrySetResult();
    }

    /// <summary>Completes when a batch is pending (at once when one already is).</summary>
    internal Task WhenPendingAsync()
    {
        lock (_gate)
        {
            return _pending.Count > 0
                ? Task.CompletedTask
                : (
                    _signal ??= new TaskCompletionSource(
                        TaskCreationOptions.RunContinuationsAsynchronously
                    )
                ).Task;
        }
    }
}
