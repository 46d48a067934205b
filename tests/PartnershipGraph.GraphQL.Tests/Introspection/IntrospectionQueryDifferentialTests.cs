using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>
/// graphql-js's full introspection query (<c>getIntrospectionQuery</c> with every option), answered by our request executor for
/// each test schema, checked against graphql-js: it builds a valid client schema from our answer that prints as the SDL does,
/// and its own answer equals ours but for the descriptions of the introspection types, built-in directives and built-in scalars,
/// which are our own.
/// </summary>
public class IntrospectionQueryDifferentialTests
{
    /// <summary>The text of <c>getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf })</c>, kept as a test file.</summary>
    private static readonly string Query = File.ReadAllText(
        Path.Combine(GraphQLJs.Directory, "..", "Introspection", "IntrospectionQuery.graphql")
    );

    private static readonly Lazy<Dictionary<string, JsonNode>> Ours = new(() =>
        IntrospectionSchemas.All.Values.ToDictionary(
            s => s.Name,
            s => IntrospectionOracle.Ours(s.Schema, new("full", Query))
        )
    );

    private static readonly Lazy<Dictionary<string, JsonNode>> Theirs = new(() =>
    {
        var schemas = IntrospectionSchemas.All.Values.ToList();
        var results = IntrospectionOracle.GraphQLJs(
            schemas.Select(s => (s.Sdl, new IntrospectionCase("full", Query)))
        );
        return schemas.Zip(results).ToDictionary(p => p.First.Name, p => p.Second);
    });

    /// <summary>graphql-js's <c>buildClientSchema</c> over our result's data, for each schema.</summary>
    private static readonly Lazy<Dictionary<string, ClientSchema>> Clients = new(() =>
    {
        var schemas = IntrospectionSchemas.All.Values.ToList();
        var input = new JsonArray([
            .. schemas.Select(s => new JsonObject
            {
                ["sdl"] = s.Sdl,
                ["introspection"] = Ours.Value[s.Name]["data"]!.DeepClone(),
            }),
        ]);
        var output = JsonSerializer.Deserialize<ClientSchema[]>(
            GraphQLJs.Run("buildClientSchema.mjs", input.ToJsonString()),
            JsonSerializerOptions.Web
        )!;
        return schemas.Zip(output).ToDictionary(p => p.First.Name, p => p.Second);
    });

    public static TheoryData<string> Schemas => [.. IntrospectionSchemas.All.Keys];

    [Fact]
    public void The_query_file_is_graphql_js_introspection_query_with_every_option() =>
        Assert.Equal(GraphQLJs.Run("introspectionQuery.mjs", ""), Query);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Answers_without_errors(string schema)
    {
        var result = Ours.Value[schema];

        Assert.Null(result["errors"]);
        Assert.NotNull(result["data"]!["__schema"]);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Graphql_js_builds_a_valid_client_schema_from_our_answer(string schema)
    {
        var client = Clients.Value[schema];

        Assert.Null(client.Thrown);
        Assert.Empty(client.Errors!);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void The_client_schema_prints_as_graphql_js_prints_the_sdl(string schema)
    {
        var client = Clients.Value[schema];

        Assert.Equal(client.Expected, client.Printed);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Our_schema_printer_prints_the_schema_as_graphql_js(string schema) =>
        Assert.Equal(
            Clients.Value[schema].Expected,
            SchemaPrinter.Print(IntrospectionSchemas.All[schema].Schema)
        );

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Answers_as_graphql_js_but_for_the_built_in_descriptions(string schema) =>
        Assert.Equal(
            IntrospectionOracle.Text(IntrospectionDescriptions.Remove(Theirs.Value[schema])),
            IntrospectionOracle.Text(IntrospectionDescriptions.Remove(Ours.Value[schema]))
        );

    [Fact]
    public void Describes_the_introspection_types_in_its_own_words()
    {
        var ours = IntrospectionDescriptions.Read(Ours.Value["only Query"]);
        var theirs = IntrospectionDescriptions.Read(Theirs.Value["only Query"]);

        Assert.Equal(theirs.Keys.Order(), ours.Keys.Order());
        Assert.All(
            ours,
            pair =>
            {
                Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key);
                Assert.NotEqual(theirs[pair.Key], pair.Value);
            }
        );
    }

    [Fact]
    public void Describes_the_built_in_directives_and_scalars_in_its_own_words()
    {
        var ours = IntrospectionDescriptions.Read(Ours.Value["kitchen sink"]);
        var theirs = IntrospectionDescriptions.Read(Theirs.Value["kitchen sink"]);
        string[] builtIns =
        [
            "@include",
            "@include(if:)",
            "@skip",
            "@skip(if:)",
            "@deprecated",
            "@deprecated(reason:)",
            "@specifiedBy",
            "@specifiedBy(url:)",
            "@oneOf",
            "String",
            "Int",
            "Float",
            "Boolean",
            "ID",
        ];

        Assert.Equal(
            builtIns.Order(),
            theirs.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).Order()
        );
        Assert.All(
            builtIns,
            coordinate =>
            {
                Assert.False(string.IsNullOrWhiteSpace(ours[coordinate]), coordinate);
                Assert.False(string.IsNullOrWhiteSpace(theirs[coordinate]), coordinate);
                Assert.NotEqual(theirs[coordinate], ours[coordinate]);
            }
        );
    }

    private sealed record ClientSchema(
        string[]? Errors,
        string? Printed,
        string Expected,
        string? Thrown
    );
}
