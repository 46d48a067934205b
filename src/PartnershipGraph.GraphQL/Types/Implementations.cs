namespace PartnershipGraph.GraphQL.Types;

/// <summary>The object and interface types that declare they implement one interface, in type-map order.</summary>
public sealed record Implementations(
    IReadOnlyList<ObjectType> Objects,
    IReadOnlyList<InterfaceType> Interfaces
)
{
    /// <summary>No implementations.</summary>
    public static Implementations Empty { get; } = new([], []);
}
