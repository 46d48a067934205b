namespace PartnershipGraph.GraphQL.Types;

/// <summary>A union type: its values are of one of a list of object types.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Unions</remarks>
public sealed class UnionType : NamedType, IAbstractType
{
    internal UnionType(string name, string? description = null)
        : base(name, description) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; internal set; }
}
