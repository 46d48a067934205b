namespace PartnershipGraph.GraphQL.Types;

/// <summary>A type whose values are never null: <c>T!</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Non-Null</remarks>
public sealed class NonNullType : GraphQLType, IEquatable<NonNullType>
{
    /// <summary>Wraps a nullable type.</summary>
    /// <exception cref="ArgumentException">The type is already non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException(
                $"Expected {ofType} to be a GraphQL nullable type.",
                nameof(ofType)
            );
        }
        OfType = ofType;
    }

    /// <summary>The nullable type this wraps.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc/>
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc/>
    public override string ToString() => $"{OfType}!";

    /// <summary>Whether the other wrapper wraps an equal type.</summary>
    public bool Equals(NonNullType? other) => other is not null && Equals(OfType, other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);
}
