using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Storage;
using PartnershipGraph.Domain.Auditing;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Optimistic-concurrency checks and the single save that writes a change together with its audit entry.</summary>
public static class Commit
{
    /// <summary>Refuses a change based on a version other than the loaded one.</summary>
    public static ConcurrencyError? CheckVersion(
        string entityType,
        Entity entity,
        int expectedVersion
    )
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Version == expectedVersion
            ? null
            : ConcurrencyError.Stale(entityType, entity.Id, entity.Version, expectedVersion);
    }

    /// <summary>Marks <paramref name="entity"/> changed, so its version is checked against <paramref name="expectedVersion"/> and incremented even when no column changed.</summary>
    public static void Touch(PartnershipDbContext db, Entity entity, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ExpectVersion(entity, expectedVersion);
        db.Entry(entity).Property(e => e.Version).IsModified = true;
    }

    /// <summary>
    /// Appends <paramref name="audit"/> and saves everything tracked in one transaction; a save that loses a race on
    /// <paramref name="root"/> writes nothing and returns the error with the version now stored.
    /// </summary>
    public static async Task<ServiceResult<T>> SaveAsync<TEntity, T>(
        PartnershipDbContext db,
        string entityType,
        TEntity root,
        int? expectedVersion,
        AuditEntry audit,
        T value,
        CancellationToken ct
    )
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(root);
        db.AuditEntries.Add(audit);
        try
        {
            await db.SaveChangesAsync(ct);
            return value;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<TEntity>()
                .AsNoTracking()
                .Where(e => e.Id == root.Id)
                .Select(e => (int?)e.Version)
                .SingleOrDefaultAsync(ct);
            return current is { } version
                ? ConcurrencyError.Stale(
                    entityType,
                    root.Id,
                    version,
                    expectedVersion ?? root.Version
                )
                : new NotFoundError(entityType, root.Id);
        }
    }
}
