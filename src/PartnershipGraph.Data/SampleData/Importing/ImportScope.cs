using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.LocalAreas;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>The rows imported from one local area's file so far, found by the ids the file uses.</summary>
internal sealed class ImportScope
{
    private readonly PartnershipDbContext _db;

    public ImportScope(PartnershipDbContext db, LocalArea area, string areaKey)
    {
        _db = db;
        AreaKey = areaKey;
        Area = area;
        area.SourceKey = areaKey;
        db.Add(area);
    }

    /// <summary>The file's id for the local area; prefixes every source key so keys are unique across files.</summary>
    public string AreaKey { get; }

    public LocalArea Area { get; }

    public Dictionary<string, Guid> Organisations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> People { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> PeopleByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Guid> Boards { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="entity"/> with the source key <c>{area}/{key}</c>.</summary>
    public T Add<T>(T entity, string key)
        where T : Entity
    {
        entity.SourceKey = $"{AreaKey}/{key}";
        _db.Add(entity);
        return entity;
    }

    public Guid? Organisation(string? id) =>
        id is not null && Organisations.TryGetValue(id, out var guid) ? guid : null;

    public Guid? Person(string? id) =>
        id is not null && People.TryGetValue(id, out var guid) ? guid : null;

    public Guid? Board(string? id) =>
        id is not null && Boards.TryGetValue(id, out var guid) ? guid : null;
}
