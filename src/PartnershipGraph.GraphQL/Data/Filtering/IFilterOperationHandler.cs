using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Turns one operation of an operation filter input (<c>eq</c>, <c>in</c>, <c>startsWith</c>, …) into a condition on a member.</summary>
internal interface IFilterOperationHandler
{
    /// <summary>The condition that <paramref name="member"/> satisfies the operation with the given value.</summary>
    /// <exception cref="GraphQLError">The value cannot be used with this operation.</exception>
    Expression Build(Expression member, object? value, FilterScope scope);
}
