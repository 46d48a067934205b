using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>Scalars beyond the spec's five that a schema gets by referring to them by name: <c>DateTime</c>, <c>Date</c>, <c>Decimal</c>, <c>UUID</c> and <c>URL</c>.</summary>
public static class ExtendedScalars
{
    /// <summary>An RFC 3339 date and time with offset (<see cref="DateTimeOffset"/>; <see cref="System.DateTime"/> is accepted on output).</summary>
    public static ScalarType DateTime { get; } = new DateTimeType();

    /// <summary>A calendar date <c>yyyy-MM-dd</c> (<see cref="DateOnly"/>).</summary>
    public static ScalarType Date { get; } = new DateType();

    /// <summary>An exact decimal number (<see cref="decimal"/>).</summary>
    public static ScalarType Decimal { get; } = new DecimalType();

    /// <summary>A UUID (<see cref="Guid"/>).</summary>
    public static ScalarType Uuid { get; } = new UuidType();

    /// <summary>An absolute URL (<see cref="Uri"/>).</summary>
    public static ScalarType Url { get; } = new UrlType();

    /// <summary>All five.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [DateTime, Date, Decimal, Uuid, Url];

    /// <summary>The extended scalar with this name, or <see langword="null"/>.</summary>
    public static ScalarType? Get(string name) => All.FirstOrDefault(s => s.Name == name);
}
