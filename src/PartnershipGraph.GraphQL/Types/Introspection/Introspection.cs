using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Scalars;

namespace PartnershipGraph.GraphQL.Types.Introspection;

/// <summary>The introspection system: the <c>__</c> types every schema contains and the meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Introspection</remarks>
public static class Introspection
{
    private static readonly IReadOnlyDictionary<string, NamedType> Types =
        IntrospectionTypesFactory.Create();

    /// <summary><c>__Schema</c>: the schema's types, roots and directives.</summary>
    public static ObjectType SchemaType { get; } = (ObjectType)Types["__Schema"];

    /// <summary><c>__Type</c>: any type, named or wrapped.</summary>
    public static ObjectType TypeType { get; } = (ObjectType)Types["__Type"];

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKindType { get; } = (EnumType)Types["__TypeKind"];

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType FieldType { get; } = (ObjectType)Types["__Field"];

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValueType { get; } = (ObjectType)Types["__InputValue"];

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValueType { get; } = (ObjectType)Types["__EnumValue"];

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType DirectiveType { get; } = (ObjectType)Types["__Directive"];

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocationType { get; } = (EnumType)Types["__DirectiveLocation"];

    /// <summary>The eight introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [.. Types.Values];

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Schema-Introspection</remarks>
    public static FieldDefinition SchemaMetaField { get; } =
        new(
            "__schema",
            new NonNullType(SchemaType),
            "The schema of this service: its types, root types and directives."
        )
        {
            Resolver = context => new ValueTask<object?>(context.Schema),
        };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeMetaField { get; } =
        new(
            "__type",
            TypeType,
            "The type with the given name, or null when the schema has no such type."
        )
        {
            Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
            Resolver = context => new ValueTask<object?>(
                context.Schema.GetType(context.Argument<string>("name") ?? "")
            ),
        };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union type.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Type-Name-Introspection</remarks>
    public static FieldDefinition TypeNameMetaField { get; } =
        new(
            "__typename",
            new NonNullType(BuiltInScalars.String),
            "The name of the object type of this value."
        )
        {
            Resolver = context => new ValueTask<object?>(context.ParentType.Name),
        };

    /// <summary>Whether the type is one of the introspection types.</summary>
    public static bool IsIntrospectionType(NamedType type) =>
        Types.TryGetValue(type.Name, out var t) && ReferenceEquals(t, type);
}
