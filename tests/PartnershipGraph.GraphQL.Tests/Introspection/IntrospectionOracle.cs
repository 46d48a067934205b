using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>A request run through our <see cref="RequestExecutor"/> and through graphql-js's <c>graphqlSync</c> over the same schema, named in <see cref="IntrospectionSchemas.All"/>.</summary>
public sealed record IntrospectionCase(
    string Name,
    string Query,
    string? Variables = null,
    string? Root = null,
    string Schema = "kitchen sink"
);

/// <summary>Runs requests with our request executor and with graphql-js (one node process for all of them) and compares the JSON.</summary>
internal static class IntrospectionOracle
{
    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Our response: parsed, validated and executed by <see cref="RequestExecutor"/>, written by <see cref="ExecutionResultWriter"/>.</summary>
    public static JsonNode Ours(Schema schema, IntrospectionCase @case)
    {
        var result = new RequestExecutor(schema)
            .ExecuteAsync(
                new ExecutionRequest
                {
                    Query = @case.Query,
                    Variables = @case.Variables is null
                        ? null
                        : JsonDocument.Parse(@case.Variables).RootElement,
                    RootValue = @case.Root is null
                        ? null
                        : JsonInputValues.ToClr(JsonDocument.Parse(@case.Root).RootElement),
                }
            )
            .AsTask()
            .GetAwaiter()
            .GetResult();
        return JsonNode.Parse(ExecutionResultWriter.ToJson(result))!;
    }

    /// <summary>graphql-js's responses to the cases, each over <c>buildSchema(sdl)</c>, in order.</summary>
    public static IReadOnlyList<JsonNode> GraphQLJs(
        IEnumerable<(string Sdl, IntrospectionCase Case)> cases
    )
    {
        var input = new JsonArray();
        foreach (var (sdl, @case) in cases)
        {
            input.Add(
                new JsonObject
                {
                    ["sdl"] = sdl,
                    ["query"] = @case.Query,
                    ["variables"] = @case.Variables is null
                        ? null
                        : JsonNode.Parse(@case.Variables),
                    ["rootValue"] = @case.Root is null ? null : JsonNode.Parse(@case.Root),
                }
            );
        }
        return
        [
            .. JsonNode
                .Parse(Tests.GraphQLJs.Run("graphqlSync.mjs", input.ToJsonString()))!
                .AsArray()
                .Select(n => n!),
        ];
    }

    /// <summary>The JSON text, with non-ASCII characters unescaped, for comparing and for readable failures.</summary>
    public static string Text(JsonNode node) => node.ToJsonString(Relaxed);
}
