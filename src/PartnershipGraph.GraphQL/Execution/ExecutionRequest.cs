using System.Text.Json;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>One request to execute: the document, which operation, its variables and what the resolvers share.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Executing-Requests</remarks>
public sealed class ExecutionRequest
{
    /// <summary>The document's source text; parsed (and validated) by <see cref="RequestExecutor"/> when <see cref="Document"/> is not given.</summary>
    public string? Query { get; init; }

    /// <summary>The parsed document; <see cref="Executor"/> requires it.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The name of the operation to run; may be omitted when the document has one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values (CLR primitives, lists and dictionaries), before coercion.</summary>
    /// <value>None by default.</value>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The raw variable values as the JSON <c>variables</c> object of a request; used when <see cref="VariableValues"/> is not given.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The source value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services resolvers may ask for (usually the request's scope).</summary>
    /// <value>An empty provider when not given.</value>
    public IServiceProvider? Services { get; init; }

    /// <summary>Values shared by all resolvers of the request (current user, data loaders, …).</summary>
    /// <value>A new thread-safe dictionary when not given.</value>
    public IDictionary<string, object?>? ContextItems { get; init; }

    /// <summary>How long execution may take before it is abandoned with an <c>EXECUTION_TIMEOUT</c> error.</summary>
    /// <value><see cref="ExecutionOptions.Timeout"/> when not given.</value>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Signalled when the caller no longer wants the result.</summary>
    public CancellationToken CancellationToken { get; init; }
}
