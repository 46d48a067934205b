using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>The introspection fields every selection may name without the type declaring them: <c>__typename</c>, and <c>__schema</c> and <c>__type</c> on the query root.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Schema-Introspection</remarks>
internal static class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, RootMetaFields> RootFields = [];

    /// <summary><c>__typename: String!</c>.</summary>
    public static FieldDefinition TypeName { get; } =
        new("__typename", new NonNullType(BuiltInScalars.String));

    /// <summary>Whether the name is <c>__schema</c> or <c>__type</c>.</summary>
    public static bool IsRootMetaField(string name) => name is "__schema" or "__type";

    /// <summary><c>__schema: __Schema!</c> or <c>__type(name: String!): __Type</c>, when the schema has the introspection types.</summary>
    public static FieldDefinition? ForRoot(Schema schema, string name)
    {
        var fields = RootFields.GetValue(schema, Create);
        return name == "__schema" ? fields.Schema : fields.Type;
    }

    private static RootMetaFields Create(Schema schema)
    {
        var schemaField = schema.GetType("__Schema") is ObjectType schemaType
            ? new FieldDefinition("__schema", new NonNullType(schemaType))
            : null;
        FieldDefinition? typeField = null;
        if (schema.GetType("__Type") is ObjectType typeType)
        {
            typeField = new FieldDefinition("__type", typeType)
            {
                Arguments =
                [
                    new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)),
                ],
            };
        }
        return new RootMetaFields(schemaField, typeField);
    }

    private sealed record RootMetaFields(FieldDefinition? Schema, FieldDefinition? Type);
}
