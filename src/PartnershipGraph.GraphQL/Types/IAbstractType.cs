namespace PartnershipGraph.GraphQL.Types;

/// <summary>An interface or union type: its values are of one of several object types.</summary>
/// <remarks>https://spec.graphql.org/October2021/#ResolveAbstractType()</remarks>
public interface IAbstractType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>Names the object type of a resolved value; <see langword="null"/> to use each possible type's <see cref="ObjectType.IsTypeOf"/> or <see cref="ObjectType.RuntimeType"/>.</summary>
    TypeResolver? ResolveType { get; }
}
