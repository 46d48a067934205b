namespace PartnershipGraph.GraphQL.Types;

/// <summary>A list of values of another type: <c>[T]</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-List</remarks>
public sealed class ListType(GraphQLType ofType) : GraphQLType, IEquatable<ListType>
{
    /// <summary>The type of the list's items.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => $"[{OfType}]";

    /// <summary>Whether the other list wraps an equal type.</summary>
    public bool Equals(ListType? other) => other is not null && Equals(OfType, other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ListType);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);
}
