using Microsoft.AspNetCore.Http;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Http;

internal sealed partial class GraphQLHttpHandler
{
    /// <summary>Parses (cached), validates (cached), checks the operation against the method, lets the host configure it, then executes it.</summary>
    private async ValueTask<OperationOutcome> ExecuteOperationAsync(
        HttpContext httpContext,
        GraphQLHttpRequest request,
        bool isGet
    )
    {
        CachedDocument cached;
        try
        {
            cached = Cache.GetOrAdd(request.Query, Parse, Validate);
        }
        catch (GraphQLError syntaxError)
        {
            return new(ExecutionResult.FromErrors([syntaxError]));
        }
        if (!cached.IsValid)
        {
            return new(ExecutionResult.FromErrors(cached.ValidationErrors));
        }
        var operation = SelectOperation(cached.Document, request.OperationName);
        if (operation?.Operation == OperationType.Subscription)
        {
            return new(
                ExecutionResult.FromErrors([
                    new GraphQLError("Subscriptions are not supported over HTTP requests."),
                ])
            );
        }
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            throw new GraphQLHttpException(
                405,
                "Only query operations can be sent with GET; send mutations with POST.",
                "POST"
            );
        }
        var context = new GraphQLHttpRequestContext(
            httpContext,
            request,
            cached.Document,
            operation
        );
        if (_options.ConfigureRequest is { } configure)
        {
            await configure(context).ConfigureAwait(false);
            if (context.Errors.Count > 0)
            {
                return new(ExecutionResult.FromErrors([.. context.Errors]), context.StatusCode);
            }
        }
        var result = await Executor
            .ExecuteAsync(
                new ExecutionRequest
                {
                    Document = cached.Document,
                    Query = request.Query,
                    OperationName = request.OperationName,
                    Variables = request.Variables,
                    RootValue = context.RootValue,
                    Services = context.Services,
                    ContextItems = context.ContextItems,
                    Timeout = context.Timeout,
                    CancellationToken = httpContext.RequestAborted,
                }
            )
            .ConfigureAwait(false);
        return new(ReportUnexpectedErrors(result));
    }

    /// <summary>graphql-js's <c>getOperationAST</c>: the named operation, or the only one; <see langword="null"/> when there is none to pick.</summary>
    private static OperationDefinitionNode? SelectOperation(
        DocumentNode document,
        string? operationName
    )
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return found;
    }
}
