using System.Runtime.ExceptionServices;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>Handling Field Errors: at a non-null position the error propagates to the parent; elsewhere it is recorded and the value becomes null.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Handling-Field-Errors</remarks>
    private static object? HandleFieldError(
        ExecutionContext context,
        Exception exception,
        GraphQLType returnType,
        FieldGroup group,
        ResponsePath path
    )
    {
        if (
            exception is OperationCanceledException
            && context.CancellationToken.IsCancellationRequested
        )
        {
            ExceptionDispatchInfo.Throw(exception);
        }
        var error = LocatedError(exception, group.Nodes, path);
        if (returnType is NonNullType)
        {
            throw error;
        }
        context.AddError(error);
        return null;
    }

    /// <summary>graphql-js's <c>locatedError</c>: the error with the field's locations and path, unless it already has a path.</summary>
    private static GraphQLError LocatedError(
        Exception exception,
        List<Language.Ast.FieldNode>? nodes,
        ResponsePath? path
    )
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }
        var original = exception as GraphQLError;
        IReadOnlyList<SourceLocation>? locations = original?.Locations;
        if (locations is null || locations.Count == 0)
        {
            locations = nodes
                ?.Where(n => n.Location is not null)
                .Select(n => n.Location!.ToSourceLocation())
                .ToList();
        }
        return new GraphQLError(
            exception.Message,
            locations,
            path?.ToList(),
            original?.Extensions,
            exception
        );
    }

    /// <summary>Masks unexpected exceptions when asked to and applies the error filter.</summary>
    private IReadOnlyList<GraphQLError> FilterErrors(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0 || (!_options.MaskUnexpectedErrors && _options.ErrorFilter is null))
        {
            return errors;
        }
        var filtered = new GraphQLError[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            if (_options.MaskUnexpectedErrors && IsUnexpected(error))
            {
                error = new GraphQLError(
                    ExecutionOptions.UnexpectedErrorMessage,
                    error.Locations,
                    error.Path,
                    error.Extensions,
                    error.InnerException
                );
            }
            filtered[i] = _options.ErrorFilter?.Invoke(error) ?? error;
        }
        return filtered;
    }

    /// <summary>Whether the error stands for an exception that is not a <see cref="GraphQLError"/> (a bug or an infrastructure failure, not a message meant for clients).</summary>
    internal static bool IsUnexpected(GraphQLError error) =>
        error.InnerException is not null and not GraphQLError;
}
