using System.Linq.Expressions;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Data.Sorting;

/// <summary>Applies an <c>order</c> argument (a list of <c>XSortInput</c>) to a query, ending with the key as a tie-break.</summary>
/// <remarks>
/// Sort inputs apply in list order; the fields of one input apply in the input type's field order (coercion keeps that order,
/// not the document's), so a client wanting another order gives one field per list item. A nested object that is missing sorts
/// like a missing value. The key (see <see cref="DataTypeDescriptor{T}.Key"/>) always sorts last, ascending, unless the
/// order already ends with it, so pages are stable.
/// </remarks>
public static class QueryableSortExtensions
{
    /// <summary>The query ordered by <paramref name="order"/>, then by the key.</summary>
    /// <exception cref="GraphQLError">The order names an unknown field or an unknown direction.</exception>
    public static IQueryable<T> Sort<T>(
        this IQueryable<T> source,
        IEnumerable<object?>? order,
        DataConventions? conventions = null
    )
    {
        conventions ??= new DataConventions();
        var model = conventions.Model(typeof(T));
        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = new List<(Expression Key, SortDirection Direction)>();
        foreach (var input in order ?? [])
        {
            var fields =
                input as IReadOnlyDictionary<string, object?>
                ?? (input as IDictionary<string, object?>)?.AsReadOnly()
                ?? throw new GraphQLError(
                    "The order cannot be applied: each item must be a sort input object."
                );
            Collect(parameter, null, model, fields, "", keys, conventions);
        }
        var key = model.Key;
        if (key is not null && !(keys.Count > 0 && EndsWithKey(keys[^1].Key, parameter, key)))
        {
            keys.Add((Expression.Property(parameter, key), SortDirection.Ascending));
        }
        var query = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (body, direction) = keys[i];
            var method = (i == 0, direction) switch
            {
                (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                (true, _) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            query = Expression.Call(
                typeof(Queryable),
                method,
                [typeof(T), body.Type],
                query,
                Expression.Quote(Expression.Lambda(body, parameter))
            );
        }
        return source.Provider.CreateQuery<T>(query);
    }

    private static void Collect(
        Expression instance,
        Expression? notNull,
        DataTypeModel model,
        IReadOnlyDictionary<string, object?> fields,
        string path,
        List<(Expression, SortDirection)> keys,
        DataConventions conventions
    )
    {
        foreach (var (name, value) in fields)
        {
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            var member = model.GetMember(name);
            if (member is null || member.Kind == DataMemberKind.List)
            {
                throw new GraphQLError(
                    $"The order \"{fieldPath}\" cannot be applied: {model.Name} has no sortable field \"{name}\"."
                );
            }
            if (value is null)
            {
                continue;
            }
            var access = Expression.Property(instance, member.Property);
            if (member.Kind == DataMemberKind.Object)
            {
                var isThere = Expression.NotEqual(access, Expression.Constant(null, access.Type));
                var nested =
                    value as IReadOnlyDictionary<string, object?>
                    ?? (value as IDictionary<string, object?>)?.AsReadOnly()
                    ?? throw new GraphQLError(
                        $"The order \"{fieldPath}\" cannot be applied: it must be a sort input object."
                    );
                Collect(
                    access,
                    notNull is null ? isThere : Expression.AndAlso(notNull, isThere),
                    conventions.Model(member.ValueType),
                    nested,
                    fieldPath,
                    keys,
                    conventions
                );
                continue;
            }
            keys.Add((NullSafe(access, notNull), Direction(value, fieldPath)));
        }
    }

    /// <summary>The member read only when the objects leading to it are there (<c>x.Maker == null ? null : x.Maker.Name</c>).</summary>
    private static Expression NullSafe(Expression access, Expression? notNull)
    {
        if (notNull is null)
        {
            return access;
        }
        var type = Filtering.Nullability.MakeNullable(access.Type);
        return Expression.Condition(
            notNull,
            Filtering.Nullability.ConvertTo(access, type),
            Expression.Constant(null, type)
        );
    }

    private static SortDirection Direction(object value, string path) =>
        value switch
        {
            SortDirection direction => direction,
            "ASC" => SortDirection.Ascending,
            "DESC" => SortDirection.Descending,
            _ => throw new GraphQLError(
                $"The order \"{path}\" cannot be applied: {value} is not ASC or DESC."
            ),
        };

    private static bool EndsWithKey(
        Expression last,
        ParameterExpression parameter,
        PropertyInfo key
    ) =>
        last is MemberExpression { Member: var member, Expression: var target }
        && member == key
        && target == parameter;
}
