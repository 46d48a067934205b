using System.Linq.Expressions;
using PartnershipGraph.Domain.Auditing;

namespace PartnershipGraph.Web.Pages.Admin.Audit;

/// <summary>What the audit log is narrowed to: a user, an entity type, one entity and a date range (UTC days, both inclusive).</summary>
public sealed record AuditFilter(
    string? Actor,
    string? EntityType,
    Guid? EntityId,
    DateOnly? From,
    DateOnly? To
)
{
    /// <summary>The entries that pass every filter that is set; the user matches any part of the name, ignoring case.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            entries = entries.Where(e => e.EntityType == EntityType);
        }
        if (EntityId is { } id)
        {
            entries = entries.Where(e => e.EntityId == id);
        }
        if (From is { } from)
        {
            entries = entries.Where(Since(StartOf(from)));
        }
        if (To is { } to)
        {
            entries = entries.Where(Before(StartOf(to.AddDays(1))));
        }
        return entries;
    }

    private static DateTimeOffset StartOf(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static Expression<Func<AuditEntry, bool>> Since(DateTimeOffset start) =>
        e => e.At >= start;

    private static Expression<Func<AuditEntry, bool>> Before(DateTimeOffset end) => e => e.At < end;
}
