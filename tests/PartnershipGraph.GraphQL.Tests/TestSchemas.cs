using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests;

/// <summary>Small schemas shared by the type-system tests.</summary>
internal static class TestSchemas
{
    /// <summary>A schema with an enum, input objects (one of them @oneOf) and lists, for coercion tests.</summary>
    public static Schema Inputs { get; } =
        new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("f", "Int").Argument("filter", "Filter").Argument("key", "Key")
            )
            .Enum("Color", e => e.Value("RED", 0).Value("GREEN", 1).Value("BLUE", 2))
            .InputObject(
                "Filter",
                i =>
                    i.Field("int", "Int")
                        .Field("requiredBool", "Boolean!")
                        .Field("color", "Color")
                        .Field("names", "[String!]")
                        .Field("withDefault", "Int", f => f.DefaultValue(7))
                        .Field("nested", "Filter")
            )
            .InputObject("Key", i => i.OneOf().Field("id", "ID").Field("ref", "String"))
            .Build();

    public static GraphQLType Type(string name) => Inputs.GetType(name)!;
}
