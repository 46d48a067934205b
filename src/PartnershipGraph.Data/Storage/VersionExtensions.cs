using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Data.Storage;

/// <summary>Optimistic concurrency for writes that arrive from a client.</summary>
public static class VersionExtensions
{
    /// <summary>
    /// Bases the next save of <paramref name="entity"/> on the version the client read, so the save throws
    /// <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/> when someone else saved in between.
    /// </summary>
    public static void ExpectVersion(this PartnershipDbContext db, Entity entity, int clientVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property(e => e.Version).OriginalValue = clientVersion;
    }
}
