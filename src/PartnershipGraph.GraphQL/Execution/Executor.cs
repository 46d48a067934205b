using System.Text.Json;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Executes operations of parsed (and validated) documents against a schema.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Execution. Behaves as graphql-js's <c>execute</c>, with its messages:
/// fields of queries run in parallel, root fields of mutations one after another, resolver exceptions become field errors
/// and a null in a non-null position propagates to the nearest nullable parent.
/// Thread-safe: one instance serves every request for its schema.
/// </remarks>
public sealed partial class Executor
{
    private readonly ExecutionOptions _options;

    /// <summary>Creates an executor for the schema.</summary>
    public Executor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        _options = options ?? ExecutionOptions.Default;
    }

    /// <summary>The schema operations are executed against.</summary>
    public Schema Schema { get; }

    /// <summary>Executes the request's operation and returns its result; errors are reported in the result, never thrown.</summary>
    /// <exception cref="ArgumentException">The request has no <see cref="ExecutionRequest.Document"/>.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        var document =
            request.Document
            ?? throw new ArgumentException(
                "The executor needs a parsed document; use RequestExecutor to execute query text.",
                nameof(request)
            );
        var timeout = request.Timeout ?? _options.Timeout;
        using var timeoutSource = timeout is null
            ? null
            : CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken);
        timeoutSource?.CancelAfter(timeout!.Value);
        var cancellationToken = timeoutSource?.Token ?? request.CancellationToken;

        var contextOrErrors = BuildExecutionContext(document, request, cancellationToken);
        if (contextOrErrors.Errors is { } requestErrors)
        {
            return ExecutionResult.FromErrors(FilterErrors(requestErrors));
        }
        var context = contextOrErrors.Context!;
        ResultMap? data;
        try
        {
            var execution = StartOperation(context);
            data = (ResultMap?)(
                execution.IsCompletedSuccessfully
                    ? execution.Result
                    : await execution.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false)
            );
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var error = request.CancellationToken.IsCancellationRequested
                ? new GraphQLError(
                    "Execution was canceled.",
                    extensions: new Dictionary<string, object?> { ["code"] = "EXECUTION_CANCELED" }
                )
                : new GraphQLError(
                    $"Execution timed out after {(long)timeout!.Value.TotalMilliseconds} ms.",
                    extensions: new Dictionary<string, object?> { ["code"] = "EXECUTION_TIMEOUT" }
                );
            return new ExecutionResult { HasData = true, Errors = FilterErrors([error]) };
        }
        catch (Exception exception)
        {
            context.AddError(exception as GraphQLError ?? LocatedError(exception, null, null));
            data = null;
        }
        return new ExecutionResult
        {
            Data = data,
            HasData = true,
            Errors = FilterErrors(context.SnapshotErrors()),
        };
    }

    /// <summary>Selects the operation, indexes the fragments and coerces the variables (graphql-js's <c>buildExecutionContext</c>).</summary>
    private (ExecutionContext? Context, List<GraphQLError>? Errors) BuildExecutionContext(
        DocumentNode document,
        ExecutionRequest request,
        CancellationToken cancellationToken
    )
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (request.OperationName is null)
                    {
                        if (operation is not null)
                        {
                            return (
                                null,
                                [
                                    new GraphQLError(
                                        "Must provide operation name if query contains multiple operations."
                                    ),
                                ]
                            );
                        }
                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == request.OperationName)
                    {
                        operation = candidate;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }
        if (operation is null)
        {
            return (
                null,
                [
                    new GraphQLError(
                        request.OperationName is not null
                            ? $"Unknown operation named \"{request.OperationName}\"."
                            : "Must provide an operation."
                    ),
                ]
            );
        }
        if (
            request.Variables is
            {
                ValueKind: not (
                    JsonValueKind.Object
                    or JsonValueKind.Null
                    or JsonValueKind.Undefined
                )
            }
        )
        {
            return (
                null,
                [
                    new GraphQLError(
                        "Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided."
                    ),
                ]
            );
        }
        var errors = new List<GraphQLError>();
        var variableValues = VariableValues.Coerce(
            Schema,
            operation,
            RawVariables(request),
            _options.MaxVariableErrors,
            errors
        );
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var context = new ExecutionContext
        {
            Schema = Schema,
            Options = _options,
            Operation = operation,
            Fragments = fragments,
            VariableValues = variableValues,
            RootValue = request.RootValue,
            Services = request.Services ?? EmptyServiceProvider.Instance,
            ContextItems = request.ContextItems!,
            CancellationToken = cancellationToken,
        };
        return (context, null);
    }

    private static IReadOnlyDictionary<string, object?> RawVariables(ExecutionRequest request) =>
        request.VariableValues
        ?? (
            request.Variables is { } json
                ? JsonInputValues.ToVariables(json)
                : new Dictionary<string, object?>(0)
        );

    /// <summary>Runs <see cref="ExecuteOperation"/> and, when it does not complete at once, the loop dispatching data loader batches.</summary>
    /// <remarks>
    /// Both start without the caller's synchronization context, so that the fields awaiting a batch continue inline
    /// when it completes, and load the next level before the dispatch returns.
    /// </remarks>
    private static ValueTask<object?> StartOperation(ExecutionContext context)
    {
        var synchronizationContext = SynchronizationContext.Current;
        if (synchronizationContext is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }
        try
        {
            var execution = ExecuteOperation(context);
            return execution.IsCompletedSuccessfully
                ? execution
                : new ValueTask<object?>(
                    DispatchBatchesUntilCompletedAsync(context, execution.AsTask())
                );
        }
        finally
        {
            if (synchronizationContext is not null)
            {
                SynchronizationContext.SetSynchronizationContext(synchronizationContext);
            }
        }
    }

    /// <summary>Waits for the operation, dispatching the data loaders' batches whenever the fields started so far wait for them.</summary>
    /// <remarks>Each dispatch completes the loads of one level, whose continuations start the next level's loads before it returns.</remarks>
    private static async Task<object?> DispatchBatchesUntilCompletedAsync(
        ExecutionContext context,
        Task<object?> execution
    )
    {
        var scheduler = context.DataLoaders.Scheduler;
        while (!execution.IsCompleted)
        {
            if (scheduler.HasPending)
            {
                await scheduler.DispatchAsync(context.CancellationToken).ConfigureAwait(false);
                continue;
            }
            await Task.WhenAny(execution, scheduler.WhenPendingAsync()).ConfigureAwait(false);
        }
        return await execution.ConfigureAwait(false);
    }

    /// <summary>ExecuteOperation: the root selection set, in parallel for queries and subscriptions, serially for mutations.</summary>
    private static ValueTask<object?> ExecuteOperation(ExecutionContext context)
    {
        var operation = context.Operation;
        var rootType =
            context.Schema.GetRootType(operation.Operation)
            ?? throw Utilities.Errors.AtNode(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                operation
            );
        var groups = FieldCollector.CollectFields(context, rootType, [operation.SelectionSet]);
        return operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSeriallyAsync(context, rootType, context.RootValue, groups)
            : ExecuteFields(context, rootType, context.RootValue, null, groups);
    }
}
