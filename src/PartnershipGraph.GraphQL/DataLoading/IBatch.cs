namespace PartnershipGraph.GraphQL.DataLoading;

/// <summary>A batch of keys a data loader collected, waiting for the <see cref="BatchScheduler"/> to dispatch it.</summary>
internal interface IBatch
{
    /// <summary>Closes the batch to new keys, fetches its values and completes every waiting load; never throws.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
