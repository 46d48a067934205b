using System.Reflection;
using System.Text.Json;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Services.Auditing;

/// <summary>The stored values of a record at one moment, by camel-case property name, for before/after audit JSON.</summary>
public sealed class AuditSnapshot
{
    private readonly Dictionary<string, object?> _values;

    private AuditSnapshot(Dictionary<string, object?> values) => _values = values;

    /// <summary>The values by property name.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Reads the public settable properties of <paramref name="entity"/>, leaving out the key, the version and navigations to other entities.</summary>
    public static AuditSnapshot Of(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var values = entity
            .GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p =>
                p.CanRead
                && p.CanWrite
                && p.Name is not ("Id" or "Version")
                && !IsNavigation(p.PropertyType)
            )
            .ToDictionary(
                p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                p => p.GetValue(entity)
            );
        return new AuditSnapshot(values);
    }

    /// <summary>True for a reference to another entity or a collection of them: those are audited as their own rows, not copied into this one.</summary>
    private static bool IsNavigation(Type type) =>
        typeof(Entity).IsAssignableFrom(type)
        || (
            type != typeof(string)
            && type.GetInterfaces()
                .Append(type)
                .Any(i =>
                    i.IsGenericType
                    && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                    && typeof(Entity).IsAssignableFrom(i.GetGenericArguments()[0])
                )
        );

    /// <summary>Explicit values, e.g. of a record that was appended.</summary>
    public static AuditSnapshot From(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>The values that differ between <paramref name="before"/> and <paramref name="after"/>, as two snapshots.</summary>
    public static (AuditSnapshot Before, AuditSnapshot After) Changes(
        AuditSnapshot before,
        AuditSnapshot after
    )
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = before
            ._values.Keys.Union(after._values.Keys)
            .Where(k =>
                !Equals(before._values.GetValueOrDefault(k), after._values.GetValueOrDefault(k))
            )
            .ToList();
        return (
            new(changed.ToDictionary(k => k, k => before._values.GetValueOrDefault(k))),
            new(changed.ToDictionary(k => k, k => after._values.GetValueOrDefault(k)))
        );
    }
}
