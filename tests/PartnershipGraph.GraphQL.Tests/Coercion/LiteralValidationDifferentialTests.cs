using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

/// <summary>Checks argument literals and compares every error (message and location) with graphql-js's <c>ValuesOfCorrectTypeRule</c>.</summary>
public class LiteralValidationDifferentialTests
{
    private static readonly (string Type, string Literal)[] Cases =
    [
        ("Int", "1"),
        ("Int", "\"1\""),
        ("Int", "1.5"),
        ("Int", "2147483648"),
        ("Int!", "null"),
        ("Float", "1"),
        ("Float", "true"),
        ("String", "RED"),
        ("ID", "1.0"),
        ("Boolean", "\"true\""),
        ("[Int]", "1"),
        ("[Int]", "[1, \"a\", null]"),
        ("[Int!]", "[1, null]"),
        ("[[Int]]", "[[1], 2, [\"x\"]]"),
        ("Int", "[1]"),
        ("Int!", "[1]"),
        ("Color", "RED"),
        ("Color", "\"RED\""),
        ("Color", "red"),
        ("Color", "PURPLE"),
        ("Filter", "{required: true}"),
        ("Filter", "{}"),
        ("Filter", "{required: true, colour: RED}"),
        ("Filter", "{required: 1, int: \"x\", nested: {int: 2}}"),
        ("Filter", "1"),
        ("Filter!", "[{required: true}]"),
        ("[Filter]", "[{required: true}, {int: 1}]"),
        ("Key", "{id: 1}"),
        ("Key", "{id: 1, ref: \"r\"}"),
        ("Key", "{id: null}"),
        ("Key", "{}"),
        ("Key", "{idd: 1}"),
    ];

    private const string Types = """
        enum Color { RED GREEN }
        input Filter { int: Int required: Boolean! color: Color nested: Filter }
        input Key @oneOf { id: ID ref: String }
        """;

    [Fact]
    public void Reports_what_graphql_js_reports()
    {
        var sdl =
            "type Query { "
            + string.Join(" ", Cases.Select((c, i) => $"f{i}(a: {c.Type}): Int"))
            + " }\n"
            + Types;
        var documents = Cases.Select((c, i) => $"{{\n  f{i}(a: {c.Literal})\n}}").ToList();
        var expected = JsonDocument
            .Parse(
                GraphQLJs.Run(
                    "valuesOfCorrectType.mjs",
                    JsonSerializer.Serialize(new { sdl, documents })
                )
            )
            .RootElement.EnumerateArray()
            .ToList();
        var schema = SchemaBuilder.FromSdl(sdl).Build();

        for (var i = 0; i < Cases.Length; i++)
        {
            var document = PartnershipGraph.GraphQL.Language.Parser.Parse(documents[i]);
            var field = (FieldNode)
                ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
            var argumentType = schema.QueryType.GetField($"f{i}")!.GetArgument("a")!.Type;
            var actual = LiteralValidation
                .IsValidLiteralValue(field.Arguments[0].Value, argumentType)
                .Select(e =>
                    e.Message
                    + " @ "
                    + string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"))
                )
                .ToList();
            var oracle = expected[i]
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
            Assert.True(
                oracle.SequenceEqual(actual),
                $"{Cases[i].Type} = {Cases[i].Literal}:\n graphql-js: {string.Join(" / ", oracle)}\n ours:       {string.Join(" / ", actual)}"
            );
        }
    }
}
