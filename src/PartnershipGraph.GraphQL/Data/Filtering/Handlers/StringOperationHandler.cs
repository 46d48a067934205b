using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering.Handlers;

/// <summary><c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their <c>n</c> negations on text.</summary>
/// <remarks>A missing text contains nothing, so it satisfies every negated operation. Case follows the data source's collation.</remarks>
internal sealed class StringOperationHandler(string methodName, bool negate)
    : IFilterOperationHandler
{
    private readonly System.Reflection.MethodInfo _method = typeof(string).GetMethod(
        methodName,
        [typeof(string)]
    )!;

    public Expression Build(Expression member, object? value, FilterScope scope)
    {
        if (value is null)
        {
            throw scope.Error("the value cannot be null.");
        }
        Expression condition = Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, _method, scope.Constant(value, typeof(string)))
        );
        return negate ? Expression.Not(condition) : condition;
    }
}
