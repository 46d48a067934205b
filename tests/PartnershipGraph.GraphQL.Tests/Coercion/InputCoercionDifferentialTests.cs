using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Coercion;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

/// <summary>Coerces JSON values and compares every reported error (path and message) with graphql-js's <c>coerceInputValue</c>.</summary>
public class InputCoercionDifferentialTests
{
    private const string Sdl = """
        type Query { f(a: Filter): Int }
        enum Color { RED GREEN BLUE }
        input Filter {
          int: Int
          required: Boolean!
          color: Color
          names: [String!]
          matrix: [[Int]]
          nested: Filter
          withDefault: Float = 1.5
          key: Key
        }
        input Key @oneOf { id: ID ref: String }
        """;

    private static readonly (string Type, string Value)[] Cases =
    [
        ("Int", "1"),
        ("Int", "\"1\""),
        ("Int!", "null"),
        ("[Int]", "1"),
        ("[Int]", "[1, \"x\", 2.5]"),
        ("[Int!]!", "[1, null]"),
        ("Color", "\"RED\""),
        ("Color", "\"red\""),
        ("Color", "1"),
        ("Filter", "{\"required\": true}"),
        ("Filter", "{}"),
        ("Filter", "{\"required\": true, \"colour\": \"RED\", \"intt\": 1}"),
        ("Filter", "[]"),
        ("Filter", "\"x\""),
        ("Filter", "{\"required\": \"yes\", \"names\": [\"a\", null, 3]}"),
        ("Filter", "{\"required\": true, \"matrix\": [[1, \"b\"], 2, [null]]}"),
        ("Filter", "{\"required\": true, \"nested\": {\"nested\": {\"int\": 1.5}}}"),
        ("Filter", "{\"required\": true, \"key\": {}}"),
        ("Filter", "{\"required\": true, \"key\": {\"id\": 1, \"ref\": \"r\"}}"),
        ("Filter", "{\"required\": true, \"key\": {\"id\": null}}"),
        ("Filter", "{\"required\": true, \"key\": {\"ref\": \"r\"}}"),
        ("[Filter]", "[{\"required\": true}, {\"int\": \"x\"}]"),
        ("Key", "{\"idd\": 1}"),
        ("ID", "1.5"),
        ("Boolean", "0"),
        ("Float", "\"1.5\""),
        ("String", "[\"a\"]"),
    ];

    [Fact]
    public void Reports_what_graphql_js_reports()
    {
        var input = JsonSerializer.Serialize(
            new
            {
                sdl = Sdl,
                cases = Cases.Select(c => new
                {
                    type = c.Type,
                    value = JsonDocument.Parse(c.Value).RootElement,
                }),
            }
        );
        var expected = JsonDocument
            .Parse(GraphQLJs.Run("coerceInputValue.mjs", input))
            .RootElement.EnumerateArray()
            .ToList();
        var schema = SchemaBuilder.FromSdl(Sdl).Build();

        for (var i = 0; i < Cases.Length; i++)
        {
            var type = schema.TypeFromAst(
                PartnershipGraph.GraphQL.Language.Parser.ParseType(Cases[i].Type)
            )!;
            var actual = new List<string>();
            InputCoercion.CoerceInputValue(
                JsonInputValues.ToClr(JsonDocument.Parse(Cases[i].Value).RootElement),
                type,
                (path, _, error) => actual.Add(string.Join('.', path) + " | " + error.Message)
            );
            var oracle = expected[i]
                .EnumerateArray()
                .Select(e =>
                    e.GetProperty("path").GetString() + " | " + e.GetProperty("message").GetString()
                )
                .ToList();
            Assert.True(
                oracle.SequenceEqual(actual),
                $"{Cases[i].Type} {Cases[i].Value}:\n graphql-js: {string.Join(" / ", oracle)}\n ours:       {string.Join(" / ", actual)}"
            );
        }
    }
}
