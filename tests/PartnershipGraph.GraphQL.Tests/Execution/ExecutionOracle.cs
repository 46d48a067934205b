using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>One differential execution case: a query with its variables and root value (JSON).</summary>
public sealed record ExecutionCase(
    string Name,
    string Query,
    string? Variables = null,
    string? Root = null,
    string? OperationName = null
);

/// <summary>Executes cases over one SDL schema with graphql-js (one node process for all of them) and with our executor.</summary>
/// <remarks>
/// Both sides resolve every field from the JSON root value with the conventions of <c>execute.mjs</c>:
/// <c>{"$throw": m}</c> throws, <c>{"$async": v}</c> resolves later, <c>{"$args": true}</c> returns the arguments as JSON.
/// </remarks>
internal sealed class ExecutionOracle
{
    private readonly string _sdl;
    private readonly string _root;
    private readonly Dictionary<string, ExecutionCase> _cases;
    private readonly Lazy<Dictionary<string, string>> _expected;
    private readonly Schema _schema;

    public ExecutionOracle(string sdl, string root, params ExecutionCase[] cases)
        : this(sdl, SdlSchema.Build(sdl, Resolve), root, cases) { }

    /// <summary>An oracle whose schema on our side is built by the caller from the same SDL.</summary>
    public ExecutionOracle(string sdl, Schema schema, string root, params ExecutionCase[] cases)
    {
        _sdl = sdl;
        _root = root;
        _cases = cases.ToDictionary(c => c.Name);
        _expected = new Lazy<Dictionary<string, string>>(RunGraphQLJs);
        _schema = schema;
    }

    public TheoryData<string> Names => [.. _cases.Keys];

    public Schema Schema => _schema;

    /// <summary>Asserts that our response equals graphql-js's.</summary>
    public void AssertSameAsGraphQLJs(string name) =>
        Assert.Equal(_expected.Value[name], Actual(_cases[name]));

    /// <summary>graphql-js's response, normalized.</summary>
    public string Expected(string name) => _expected.Value[name];

    /// <summary>Our response, normalized.</summary>
    public string Actual(ExecutionCase @case)
    {
        try
        {
            var result = new Executor(_schema)
                .ExecuteAsync(
                    new ExecutionRequest
                    {
                        Document = Parser.Parse(@case.Query),
                        RootValue = JsonInputValues.ToClr(
                            JsonDocument.Parse(@case.Root ?? _root).RootElement
                        ),
                        Variables = @case.Variables is null
                            ? null
                            : JsonDocument.Parse(@case.Variables).RootElement,
                        OperationName = @case.OperationName,
                    }
                )
                .AsTask()
                .GetAwaiter()
                .GetResult();
            return Normalize(ExecutionResultWriter.ToJson(result));
        }
        catch (Exception exception)
        {
            return Normalize(JsonSerializer.Serialize(new { thrown = exception.Message }));
        }
    }

    public static string Normalize(string json) =>
        JsonNode
            .Parse(json)!
            .ToJsonString(
                new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            );

    private Dictionary<string, string> RunGraphQLJs()
    {
        var input = new JsonArray();
        foreach (var @case in _cases.Values)
        {
            input.Add(
                new JsonObject
                {
                    ["sdl"] = _sdl,
                    ["query"] = @case.Query,
                    ["rootValue"] = JsonNode.Parse(@case.Root ?? _root),
                    ["variables"] = @case.Variables is null
                        ? null
                        : JsonNode.Parse(@case.Variables),
                    ["operationName"] = @case.OperationName,
                }
            );
        }
        var output = JsonNode.Parse(GraphQLJs.Run("execute.mjs", input.ToJsonString()))!.AsArray();
        return _cases
            .Keys.Zip(output, (name, result) => (name, Normalize(result!.ToJsonString())))
            .ToDictionary(p => p.name, p => p.Item2);
    }

    private static ValueTask<object?> Resolve(IResolverContext context)
    {
        var value = context.Source is IReadOnlyDictionary<string, object?> map
            ? map.GetValueOrDefault(context.Field.Name)
            : null;
        return Settle(value, context.Arguments, inList: false);
    }

    private static ValueTask<object?> Settle(
        object? value,
        IReadOnlyDictionary<string, object?> arguments,
        bool inList
    )
    {
        if (value is List<object?> items && !inList)
        {
            var settled = new List<object?>(items.Count);
            foreach (var item in items)
            {
                var itemValue = Settle(item, arguments, inList: true);
                settled.Add(
                    itemValue.IsCompletedSuccessfully ? itemValue.Result : itemValue.AsTask()
                );
            }
            return new ValueTask<object?>(settled);
        }
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return new ValueTask<object?>(value);
        }
        if (map.TryGetValue("$throw", out var message))
        {
            var exception = new InvalidOperationException((string)message!);
            return inList ? new ValueTask<object?>(exception) : throw exception;
        }
        if (map.TryGetValue("$async", out var later))
        {
            return LaterAsync(later, arguments);
        }
        if (map.ContainsKey("$args"))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ExecutionResultWriter.WriteValue(writer, arguments);
            }
            return new ValueTask<object?>(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        return new ValueTask<object?>(value);
    }

    private static async ValueTask<object?> LaterAsync(
        object? value,
        IReadOnlyDictionary<string, object?> arguments
    )
    {
        await Task.Delay(1);
        return await Settle(value, arguments, inList: false);
    }
}
