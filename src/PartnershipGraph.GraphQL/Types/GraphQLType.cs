namespace PartnershipGraph.GraphQL.Types;

/// <summary>A GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Types</remarks>
public abstract class GraphQLType
{
    private protected GraphQLType() { }

    /// <summary>What kind of type this is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without an outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether this type is a non-null wrapper.</summary>
    public bool IsNonNull => this is NonNullType;

    /// <summary>Whether this type, once any non-null wrapper is removed, is a list.</summary>
    public bool IsList => NullableType is ListType;

    /// <summary>Whether values of this type can be given as arguments and variables (scalars, enums, input objects and wrappers of them).</summary>
    /// <remarks>https://spec.graphql.org/October2021/#IsInputType()</remarks>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether fields can return this type (scalars, objects, interfaces, unions, enums and wrappers of them).</summary>
    /// <remarks>https://spec.graphql.org/October2021/#IsOutputType()</remarks>
    public bool IsOutputType => GetNamedType() is not InputObjectType;

    /// <summary>Whether this is a scalar or enum type (unwrapped).</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>Whether this is an object, interface or union type (unwrapped).</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>Whether this is an interface or union type (unwrapped).</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type as written in GraphQL, such as <c>[Kpi!]!</c>.</summary>
    public abstract override string ToString();
}
