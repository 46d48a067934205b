using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering.Handlers;

/// <summary><c>eq</c> and <c>neq</c>: the member equals (or does not equal) the value; <c>null</c> tests for a missing value.</summary>
internal sealed class EqualsOperationHandler(bool negate) : IFilterOperationHandler
{
    public Expression Build(Expression member, object? value, FilterScope scope)
    {
        Expression condition = value is null
            ? Nullability.CanBeNull(member.Type)
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : Expression.Constant(false)
            : Expression.Equal(member, scope.Constant(value, member.Type));
        return negate ? Expression.Not(condition) : condition;
    }
}
