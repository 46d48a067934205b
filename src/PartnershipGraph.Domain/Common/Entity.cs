namespace PartnershipGraph.Domain.Common;

/// <summary>A stored row with a client-generated key and an optimistic-concurrency version.</summary>
public abstract class Entity
{
    /// <summary>
    /// The key: a GUID v7, generated when the entity is created so inserts need no round trip; keys made later sort
    /// after earlier ones (see <see cref="SequentialGuid"/>), so rows created together keep their order.
    /// </summary>
    public Guid Id { get; set; } = SequentialGuid.NewGuid();

    /// <summary>Incremented on every update; a write based on an older version is refused.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The identifier the record had in the paper or file it was imported from, if any.</summary>
    public string? SourceKey { get; set; }
}
