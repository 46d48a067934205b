namespace PartnershipGraph.GraphQL.Types;

/// <summary>An interface type: a set of fields that object types (and other interfaces) implement.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Interfaces</remarks>
public sealed class InterfaceType : ObjectOrInterfaceType, IAbstractType
{
    internal InterfaceType(string name, string? description = null)
        : base(name, description) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; internal set; }
}
