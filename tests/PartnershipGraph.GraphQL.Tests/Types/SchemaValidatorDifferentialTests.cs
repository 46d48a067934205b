using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Tests.Types;

/// <summary>Invalid schemas whose errors (messages and locations) must equal graphql-js's <c>validateSchema</c>.</summary>
public class SchemaValidatorDifferentialTests
{
    public static TheoryData<string> Documents =>
        [
            "type Query { a: Int }",
            "type Query { a: Empty }\ntype Empty",
            "type Query { a: Empty }\ninterface Empty",
            "type Query { a: U }\nunion U",
            "type Query { a: E }\nenum E",
            "type Query { a(i: I): Int }\ninput I",
            "type Query { __a: Int }",
            "type __Query { a: Int }\nschema { query: __Query }",
            "type Query { a(__b: Int): Int }",
            "type Query { a: E }\nenum E { __A }",
            "type Query { a: I }\ninput I { x: Int }",
            "type Query { a(o: Query): Int }",
            "type Query { a(r: Int! @deprecated): Int }",
            "type Query { a(i: I): Int }\ninput I { r: Int! @deprecated(reason: \"x\") }",
            "type Query { a: Int }\ndirective @d on FIELD\ndirective @e(__x: Int, o: Query, r: Int! @deprecated) on FIELD",
            """
                type Query { n: Node }
                interface Node { id: ID! }
                type A implements Node { name: String }
                type B implements Node { id: String }
                type C implements Node { id: ID! }
                """,
            """
                type Query { n: Node }
                interface Node { f(a: Int, b: String): Int }
                type A implements Node { f(b: Int, c: Int!): Int }
                """,
            """
                type Query { n: Named }
                interface Node { id: ID! }
                interface Named implements Node { id: ID! name: String }
                type A implements Named { id: ID! name: String }
                """,
            """
                type Query { n: A }
                interface A implements B { x: Int }
                interface B implements A { x: Int }
                """,
            """
                type Query { n: A }
                interface A implements A { x: Int }
                """,
            """
                type Query { a(i: A): Int }
                input A { b: B! }
                input B { c: C!, a2: A }
                input C { a: A!, b: B! }
                """,
            """
                type Query { a(i: K): Int }
                input K @oneOf { a: Int!, b: String = "x", c: Int }
                """,
            """
                type Query { n: I }
                interface I { f: [I] g: I! h: [Int!]! }
                type T implements I { f: [T!]! g: T! h: [Int] }
                """,
            """
                type Query { a: U }
                type X { x: Int }
                union U = X | X
                """,
            """
                type Query { a: I }
                interface I { x: Int }
                type T implements I & I { x: Int }
                """,
        ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reports_what_graphql_js_reports(string sdl)
    {
        var expected = JsonDocument
            .Parse(GraphQLJs.Run("validateSchema.mjs", JsonSerializer.Serialize(new[] { sdl })))
            .RootElement[0]
            .EnumerateArray()
            .Select(e =>
                e.GetProperty("message").GetString()
                + " @ "
                + string.Join(
                    ",",
                    e.GetProperty("locations")
                        .EnumerateArray()
                        .Select(l => $"{l.GetProperty("line")}:{l.GetProperty("column")}")
                )
            )
            .ToList();

        List<string> actual;
        try
        {
            SchemaBuilder.FromSdl(sdl).Build();
            actual = [];
        }
        catch (SchemaBuildException exception)
        {
            actual = exception
                .Errors.Select(e =>
                    e.Message
                    + " @ "
                    + string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"))
                )
                .ToList();
        }

        Assert.Equal(expected, actual);
    }
}
