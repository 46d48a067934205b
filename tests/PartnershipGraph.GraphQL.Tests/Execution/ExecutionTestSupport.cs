using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Runs documents against code-first schemas and returns the response as JSON.</summary>
internal static class ExecutionTestSupport
{
    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null,
        Func<ExecutionRequest, ExecutionRequest>? configure = null
    )
    {
        var request = new ExecutionRequest
        {
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = root,
        };
        return await new Executor(schema, options).ExecuteAsync(
            configure?.Invoke(request) ?? request
        );
    }

    public static async Task<string> JsonAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null
    ) => ExecutionResultWriter.ToJson(await ExecuteAsync(schema, query, variables, root, options));

    /// <summary>Asserts JSON equality, key order included, ignoring white space.</summary>
    public static void AssertJson(string expected, string actual) =>
        Assert.Equal(ExecutionOracle.Normalize(expected), ExecutionOracle.Normalize(actual));
}
