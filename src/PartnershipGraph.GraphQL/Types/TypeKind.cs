namespace PartnershipGraph.GraphQL.Types;

/// <summary>The kinds of type, as introspection's <c>__TypeKind</c> names them.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Types</remarks>
public enum TypeKind
{
    /// <summary>A leaf value such as <c>Int</c> or <c>String</c>.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type whose implementations share fields.</summary>
    Interface,

    /// <summary>An abstract type that is one of several object types.</summary>
    Union,

    /// <summary>A leaf type with a fixed set of values.</summary>
    Enum,

    /// <summary>A structured input value.</summary>
    InputObject,

    /// <summary>A list of another type.</summary>
    List,

    /// <summary>A type whose values are never null.</summary>
    NonNull,
}
