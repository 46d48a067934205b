using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering.Handlers;

/// <summary><c>in</c> and <c>nin</c>: the member is (or is not) one of the listed values.</summary>
internal sealed class InOperationHandler(bool negate) : IFilterOperationHandler
{
    public Expression Build(Expression member, object? value, FilterScope scope)
    {
        var items = FilterValues.List(value, scope);
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in items)
        {
            list.Add(FilterValues.Convert(item, member.Type, scope));
        }
        var contains = typeof(Enumerable)
            .GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(member.Type);
        Expression condition = Expression.Call(
            contains,
            QueryParameter.Create(list, listType),
            member
        );
        return negate ? Expression.Not(condition) : condition;
    }
}
