using System.Linq.Expressions;
using System.Reflection;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Turns the coerced value of a <c>where</c> argument (an <c>XFilterInput</c>) into a predicate a query provider can translate.</summary>
/// <remarks>
/// Fields of one input object are combined with AND, <c>and</c> lists with AND and <c>or</c> lists with OR
/// (an empty <c>and</c> holds, an empty <c>or</c> does not). A nested object filter holds only when the object is there;
/// giving it as <c>null</c> asks for rows without the object. Values are sent as query parameters. Given a resolver context,
/// list filters see only the items the caller may read (<see cref="DataTypeDescriptor{T}.Readable"/>).
/// </remarks>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo AnyWithPredicate = EnumerableMethod(
        nameof(Enumerable.Any),
        2
    );
    private static readonly MethodInfo AnyAtAll = EnumerableMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo All = EnumerableMethod(nameof(Enumerable.All), 2);
    private static readonly MethodInfo Where = EnumerableMethod(nameof(Enumerable.Where), 2);

    /// <summary>The predicate for <paramref name="where"/> on <typeparamref name="T"/>, or <see langword="null"/> when there is nothing to filter.</summary>
    /// <exception cref="GraphQLError">The filter names an unknown field or gives a value an operation cannot use; the message names the filter field.</exception>
    public static Expression<Func<T, bool>>? Build<T>(
        IReadOnlyDictionary<string, object?>? where,
        DataConventions? conventions = null,
        IResolverContext? context = null
    )
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }
        var parameter = Expression.Parameter(typeof(T), "x");
        var data = new FilterContext(conventions ?? new DataConventions(), context);
        var body = BuildObject(
            parameter,
            data.Conventions.Model(typeof(T)),
            where,
            new FilterScope(""),
            data
        );
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private static Expression BuildObject(
        Expression instance,
        DataTypeModel model,
        IReadOnlyDictionary<string, object?> filter,
        FilterScope scope,
        FilterContext data
    )
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            var fieldScope = scope.Append(name);
            var condition = name switch
            {
                "and" or "or" => Combine(
                    name,
                    FilterValues
                        .List(value, fieldScope)
                        .Select(item =>
                            BuildObject(
                                instance,
                                model,
                                FilterValues.Object(item, fieldScope),
                                fieldScope,
                                data
                            )
                        )
                ),
                _ => BuildMember(
                    instance,
                    model.GetMember(name)
                        ?? throw fieldScope.Error(
                            $"{model.Name} has no filterable field \"{name}\"."
                        ),
                    value,
                    fieldScope,
                    data
                ),
            };
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? Expression.Constant(true);
    }

    private static Expression BuildMember(
        Expression instance,
        DataMember member,
        object? value,
        FilterScope scope,
        FilterContext data
    )
    {
        var access = Expression.Property(instance, member.Property);
        switch (member.Kind)
        {
            case DataMemberKind.Scalar:
                return value is null
                    ? Expression.Constant(true)
                    : BuildOperations(
                        access,
                        member,
                        FilterValues.Object(value, scope with { Conversion = member.Conversion }),
                        scope with
                        {
                            Conversion = member.Conversion,
                        }
                    );
            case DataMemberKind.Object:
                var isNull = Expression.Equal(access, Expression.Constant(null, access.Type));
                return value is null
                    ? isNull
                    : Expression.AndAlso(
                        Expression.Not(isNull),
                        BuildObject(
                            access,
                            data.Conventions.Model(member.ValueType),
                            FilterValues.Object(value, scope),
                            scope,
                            data
                        )
                    );
            default:
                return value is null
                    ? Expression.Constant(true)
                    : BuildList(access, member, FilterValues.Object(value, scope), scope, data);
        }
    }

    private static Expression BuildList(
        Expression list,
        DataMember member,
        IReadOnlyDictionary<string, object?> filter,
        FilterScope scope,
        FilterContext data
    )
    {
        var item = Expression.Parameter(member.ValueType, "item");
        var isNull = Expression.Equal(list, Expression.Constant(null, list.Type));
        var visible =
            member.Scalar is null
            && data.Conventions.ReadableOf(member.ValueType, data.Context) is { } readable
                ? Expression.Call(Where.MakeGenericMethod(member.ValueType), list, readable)
                : list;
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            var opScope = scope.Append(name);
            if (value is null)
            {
                throw opScope.Error("the value cannot be null.");
            }
            LambdaExpression Predicate()
            {
                var itemFilter = FilterValues.Object(value, opScope);
                var body = member.Scalar is not null
                    ? BuildOperations(item, member, itemFilter, opScope)
                    : BuildObject(
                        item,
                        data.Conventions.Model(member.ValueType),
                        itemFilter,
                        opScope,
                        data
                    );
                return Expression.Lambda(body, item);
            }
            Expression Any(LambdaExpression predicate) =>
                Expression.AndAlso(
                    Expression.Not(isNull),
                    Expression.Call(
                        AnyWithPredicate.MakeGenericMethod(member.ValueType),
                        visible,
                        predicate
                    )
                );
            var anyAtAll = Expression.AndAlso(
                Expression.Not(isNull),
                Expression.Call(AnyAtAll.MakeGenericMethod(member.ValueType), visible)
            );
            Expression condition = name switch
            {
                "some" => Any(Predicate()),
                "none" => Expression.Not(Any(Predicate())),
                "all" => Expression.OrElse(
                    isNull,
                    Expression.Call(All.MakeGenericMethod(member.ValueType), visible, Predicate())
                ),
                "any" => value is true ? anyAtAll : Expression.Not(anyAtAll),
                _ => throw opScope.Error($"a list filter has no operation \"{name}\"."),
            };
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? Expression.Constant(true);
    }

    private static Expression BuildOperations(
        Expression member,
        DataMember dataMember,
        IReadOnlyDictionary<string, object?> operations,
        FilterScope scope
    )
    {
        var kind = dataMember.Scalar!.Value;
        var known = dataMember.Conversion is null
            ? FilterOperations.For(kind)
            : FilterOperations.Converted;
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            var opScope = scope.Append(name);
            Expression condition;
            if (name is "and" or "or" && kind == ScalarKind.String && dataMember.Conversion is null)
            {
                condition = Combine(
                    name,
                    FilterValues
                        .List(value, opScope)
                        .Select(item =>
                            BuildOperations(
                                member,
                                dataMember,
                                FilterValues.Object(item, opScope),
                                opScope
                            )
                        )
                );
            }
            else
            {
                var handler =
                    known.FirstOrDefault(o => o.Name == name).Handler
                    ?? throw opScope.Error($"there is no operation \"{name}\" for this field.");
                condition = handler.Build(member, value, opScope);
            }
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? Expression.Constant(true);
    }

    private static Expression Combine(string name, IEnumerable<Expression> conditions)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            result =
                result is null ? condition
                : name == "and" ? Expression.AndAlso(result, condition)
                : Expression.OrElse(result, condition);
        }
        return result ?? Expression.Constant(name == "and");
    }

    private static MethodInfo EnumerableMethod(string name, int parameters) =>
        typeof(Enumerable)
            .GetMethods()
            .Single(m =>
                m.Name == name
                && m.GetParameters().Length == parameters
                && (
                    parameters == 1
                    || m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2
                )
            );

    private sealed record FilterContext(DataConventions Conventions, IResolverContext? Context);
}
