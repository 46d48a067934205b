using Microsoft.Extensions.Logging;
using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Http;

internal sealed partial class GraphQLHttpHandler
{
    /// <summary>Logs each unexpected error (an exception that is not a <see cref="GraphQLError"/>) and hides its detail outside Development.</summary>
    private ExecutionResult ReportUnexpectedErrors(ExecutionResult result)
    {
        GraphQLError[]? rewritten = null;
        for (var i = 0; i < result.Errors.Count; i++)
        {
            var error = result.Errors[i];
            if (!Executor.IsUnexpected(error))
            {
                continue;
            }
            LogUnexpectedFieldError(
                _logger,
                error.Path is null ? "" : string.Join('.', error.Path),
                error.InnerException!
            );
            rewritten ??= [.. result.Errors];
            rewritten[i] = Unexpected(error);
        }
        return rewritten is null
            ? result
            : new ExecutionResult
            {
                Data = result.Data,
                HasData = result.HasData,
                Errors = rewritten,
                Extensions = result.Extensions,
            };
    }

    /// <summary>
    /// The error as clients may see it: outside Development, the generic message (a stack trace or an exception's
    /// message can reveal internals); in Development, the exception's message, type and stack trace.
    /// </summary>
    private GraphQLError Unexpected(GraphQLError error)
    {
        var exception = error.InnerException;
        if (!_exposeExceptionDetails || exception is null)
        {
            return new GraphQLError(
                ExecutionOptions.UnexpectedErrorMessage,
                error.Locations,
                error.Path,
                error.Extensions,
                exception
            );
        }
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is not null)
        {
            foreach (var (key, value) in error.Extensions)
            {
                extensions[key] = value;
            }
        }
        extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = exception.GetType().FullName,
            ["message"] = exception.Message,
            ["stackTrace"] = exception.StackTrace,
        };
        return new GraphQLError(
            exception.Message,
            error.Locations,
            error.Path,
            extensions,
            exception
        );
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Error,
        Message = "A GraphQL resolver failed unexpectedly at {Path}."
    )]
    private static partial void LogUnexpectedFieldError(
        ILogger logger,
        string path,
        Exception exception
    );

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "A GraphQL HTTP request failed.")]
    private static partial void LogUnexpectedRequestFailure(ILogger logger, Exception exception);
}
