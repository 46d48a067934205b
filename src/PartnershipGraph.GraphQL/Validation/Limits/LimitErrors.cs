using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Builds the errors of the limit rules: located at the operation, with the limit's code, value and the actual amount in <c>extensions</c>.</summary>
internal static class LimitErrors
{
    public static GraphQLError Exceeded(
        OperationDefinitionNode operation,
        string message,
        string code,
        long limit,
        long actual
    ) =>
        new(
            message,
            operation.Location is { } location ? [location.ToSourceLocation()] : null,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = code,
                ["limit"] = limit,
                ["actual"] = actual,
            }
        );

    /// <summary>"query", "mutation" or "subscription", as the operation's messages call it.</summary>
    public static string Kind(OperationDefinitionNode operation) =>
        operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };

    /// <summary>Adds without overflowing: amounts beyond <see cref="long.MaxValue"/> stay there.</summary>
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>Multiplies non-negative amounts without overflowing.</summary>
    public static long Multiply(long a, long b) =>
        a == 0 || b == 0 ? 0
        : a > long.MaxValue / b ? long.MaxValue
        : a * b;

    /// <summary>Makes sure that following a long chain of fragments cannot overflow the stack: validation stops with "Validation aborted." instead.</summary>
    public static void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(budgetExhausted: true);
        }
    }
}
