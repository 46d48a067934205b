namespace PartnershipGraph.GraphQL.Execution;

/// <summary>How an <see cref="Executor"/> and a <see cref="RequestExecutor"/> behave.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The message that replaces the message of an exception that is not a <see cref="GraphQLError"/> when <see cref="MaskUnexpectedErrors"/> is set.</summary>
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    /// <summary>Whether exceptions thrown by resolvers that are not <see cref="GraphQLError"/>s are reported as <see cref="UnexpectedErrorMessage"/> instead of their own message (for production).</summary>
    /// <value><see langword="false"/>: the exception's message is shown.</value>
    public bool MaskUnexpectedErrors { get; init; }

    /// <summary>Rewrites each error of a result before it is returned (after masking); its inner exception is what was thrown.</summary>
    /// <value>None.</value>
    public Func<GraphQLError, GraphQLError>? ErrorFilter { get; init; }

    /// <summary>How long an operation may execute when the request sets no timeout.</summary>
    /// <value>None: no timeout.</value>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many variable coercion errors are reported before coercion stops.</summary>
    /// <value>50, as graphql-js.</value>
    public int MaxVariableErrors { get; init; } = 50;

    /// <summary>How many parsed and validated documents <see cref="RequestExecutor"/> keeps.</summary>
    /// <value>1000.</value>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>The defaults.</summary>
    public static ExecutionOptions Default { get; } = new();
}
