using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering.Handlers;

/// <summary><c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> and their <c>n</c> negations: the member compared with the value.</summary>
/// <remarks>A missing member value satisfies no comparison, so it satisfies every negated one.</remarks>
internal sealed class ComparisonOperationHandler(ExpressionType comparison, bool negate)
    : IFilterOperationHandler
{
    public Expression Build(Expression member, object? value, FilterScope scope)
    {
        if (value is null)
        {
            throw scope.Error("the value cannot be null.");
        }
        var right = scope.Constant(value, member.Type);
        Expression condition = Expression.MakeBinary(comparison, member, right);
        return negate ? Expression.Not(condition) : condition;
    }
}
