namespace PartnershipGraph.Domain.Auditing;

/// <summary>An append-only record of one change: who changed what, when, from what to what.</summary>
public sealed class AuditEntry
{
    /// <summary>The key.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>When the change was committed.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The user or API key that made the change.</summary>
    public required string Actor { get; set; }

    /// <summary>The kind of entity changed, e.g. "Action".</summary>
    public required string EntityType { get; set; }

    /// <summary>The changed entity's key.</summary>
    public Guid EntityId { get; set; }

    /// <summary>What was done, e.g. "Created", "Updated", "Deleted", "StatusUpdated".</summary>
    public required string Operation { get; set; }

    /// <summary>The changed values before, as JSON; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The changed values after, as JSON; null for a deletion.</summary>
    public string? After { get; set; }
}
