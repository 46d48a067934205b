using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    /// <summary>SDL documents whose printed form must equal graphql-js's <c>printSchema(buildSchema(sdl))</c>.</summary>
    public static TheoryData<string> Documents =>
        [
            "type Query { hello: String }",
            """
                type Query {
                  plans(first: Int = 10, after: String, where: PlanFilter, order: [SortOrder!] = [ASC]): [Plan!]!
                  node(id: ID!): Node
                }
                interface Node { id: ID! }
                type Plan implements Node { id: ID! title: String! areas: [Area] }
                type Area implements Node { id: ID! number: Int score: Float }
                input PlanFilter { title: String = "x", and: [PlanFilter!], ratio: Float = 1.0, big: Float = 1e3 }
                enum SortOrder { ASC DESC }
                """,
            """
                "The root query."
                type Query {
                  "A field."
                  a: Int
                  "Another, with args."
                  b(
                    "The first."
                    x: Int
                    y: String
                  ): String
                }
                """,
            """
                type Query { a: Int @deprecated, b: Int @deprecated(reason: "Use \"c\"."), c(x: Int @deprecated(reason: "No longer supported")): Int }
                enum E { A @deprecated B @deprecated(reason: "Gone") C }
                input I { x: Int @deprecated(reason: "Old") }
                type Other { e(e: E = B, i: I): E }
                """,
            """
                scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time.html")
                scalar Opaque
                type Query { at: DateTime o: Opaque }
                """,
            """
                input Key @oneOf { id: ID ref: String }
                type Query { thing(key: Key!): String }
                """,
            """
                schema { query: Root mutation: Writes }
                type Root { a: Int }
                type Writes { b: Int }
                """,
            """
                "A schema with a description."
                schema { query: Query }
                type Query { a: Int }
                """,
            """
                type Query { s: SearchResult }
                union SearchResult = School | Board
                type School { name: String }
                type Board { name: String }
                """,
            """
                directive @cost(weight: Int! = 1, "Why" reason: String) repeatable on FIELD_DEFINITION | OBJECT
                "Directive doc."
                directive @auth on QUERY | MUTATION
                type Query { a: Int }
                """,
            "\"\"\"\nMulti-line\ndescription.\n\"\"\"\ntype Query { a: Int }",
            "\"  leading space\"\ntype Query { a: Int }",
            "\"ends with quote\\\"\"\ntype Query { a: Int }",
            "\"has\\ttab and \\u0001 control\"\ntype Query { a: Int }",
            "\"\\nleading newline\"\ntype Query { a: Int }",
            "\"A very long description that goes on and on well beyond the seventy character limit.\"\ntype Query { a: Int }",
            "\"\"\n type Query { a: Int }",
            """
                interface Named { name: String }
                interface Node { id: ID! }
                interface Entity implements Node & Named { id: ID! name: String }
                type Query implements Entity & Node & Named { id: ID! name: String e: Entity }
                """,
            """
                type Query { a(list: [Int] = 1, obj: In = {b: [true], s: "q\\u00e9"}, id: ID = 12, sid: ID = "abc", n: Int = null): Int }
                input In { b: [Boolean], s: String, e: [Dir!] = [UP, DOWN] }
                enum Dir { UP DOWN }
                """,
            """
                type Query { a: Int }
                extend type Query { b: String }
                type Mutation { m: Int }
                type Subscription { s: Int }
                """,
        ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Prints_as_graphql_js_does(string sdl)
    {
        var expected = PrintWithGraphQLJs(sdl);

        var actual = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Prints_a_code_first_schema_with_referenced_types_where_first_reached()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("plans", "[Plan!]!")
                        .Description("Improvement plans.")
                        .Argument("first", "Int", a => a.DefaultValue(10))
                        .Field("legacy", "Int")
                        .Deprecated()
            )
            .Object("Plan", o => o.Field("rag", "Rag").Field("due", "Date"))
            .Enum(
                "Rag",
                e => e.Value("MET").Value("NOT_RATED", v => v.Description("Not yet rated."))
            )
            .Build();

        Assert.Equal(
            """"
            type Query {
              """Improvement plans."""
              plans(first: Int = 10): [Plan!]!
              legacy: Int @deprecated
            }

            type Plan {
              rag: Rag
              due: Date
            }

            """
            The `Date` scalar represents a calendar date without a time or time zone, written as `yyyy-MM-dd` (ISO 8601).
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")

            enum Rag {
              MET

              """Not yet rated."""
              NOT_RATED
            }
            """",
            SchemaPrinter.Print(schema)
        );
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Printed_sdl_builds_a_schema_that_prints_the_same(string sdl)
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void Prints_deprecated_directives()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "Int"))
            .Directive("old", d => d.Locations(DirectiveLocation.Field).Deprecated("Use @new."))
            .Build();

        Assert.StartsWith(
            "directive @old @deprecated(reason: \"Use @new.\") on FIELD",
            SchemaPrinter.Print(schema)
        );
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("two\nlines", true)]
    [InlineData("\nleading", false)]
    [InlineData("trailing\n", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("tab\tinside", true)]
    public void Knows_which_strings_print_as_block_strings(string value, bool printable) =>
        Assert.Equal(printable, SchemaPrinter.IsPrintableAsBlockString(value));

    private static string PrintWithGraphQLJs(string sdl)
    {
        var output = GraphQLJs.Run("printSchema.mjs", JsonSerializer.Serialize(new[] { sdl }));
        var result = JsonDocument.Parse(output).RootElement[0];
        return result.TryGetProperty("printed", out var printed)
            ? printed.GetString()!
            : throw new InvalidOperationException(
                "graphql-js rejected the SDL: " + result.GetProperty("message")
            );
    }
}
