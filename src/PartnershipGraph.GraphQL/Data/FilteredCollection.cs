using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Data.Filtering;
using PartnershipGraph.GraphQL.Data.Sorting;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>A list field read from a collection property, filtered and sorted by its arguments: in the parent's projection when there is one, else in memory.</summary>
/// <remarks>Applying the filter and order again in memory to a list the projection already filtered and ordered changes nothing, so the resolver always does.</remarks>
internal sealed class FilteredCollection(
    PropertyInfo property,
    Type itemType,
    bool filtering,
    bool sorting,
    DataConventions conventions
)
{
    public const string MetadataKey = "PartnershipGraph.Data.CollectionField";

    private static readonly MethodInfo Where = typeof(Enumerable)
        .GetMethods()
        .Single(m =>
            m.Name == nameof(Enumerable.Where)
            && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2
        );

    private readonly ConditionalWeakTable<
        IReadOnlyDictionary<string, object?>,
        Func<object, object>
    > _compiled = new();

    public PropertyInfo Property { get; } = property;

    /// <summary>The collection expression with <c>Where</c> and <c>OrderBy</c> (Enumerable operators) for the arguments.</summary>
    public Expression Apply(Expression collection, IReadOnlyDictionary<string, object?> arguments)
    {
        if (filtering && arguments.GetValueOrDefault("where") is { } where)
        {
            var build = typeof(FilterExpressionBuilder)
                .GetMethod(nameof(FilterExpressionBuilder.Build))!
                .MakeGenericMethod(itemType);
            if (
                build.Invoke(
                    null,
                    [FilterValues.Object(where, new FilterScope("where")), conventions]
                )
                is LambdaExpression predicate
            )
            {
                collection = Expression.Call(
                    Where.MakeGenericMethod(itemType),
                    collection,
                    predicate
                );
            }
        }
        return sorting
            ? QueryableSortExtensions.Apply(
                collection,
                itemType,
                arguments.GetValueOrDefault("order") as IEnumerable<object?>,
                conventions,
                typeof(Enumerable)
            )
            : collection;
    }

    public ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        if (context.Source is null || Property.GetValue(context.Source) is not { } items)
        {
            return new ValueTask<object?>(Array.CreateInstance(itemType, 0));
        }
        // The executor shares one arguments dictionary across the items of a list, so each list compiles once.
        var apply = _compiled.GetValue(context.Arguments, Compile);
        return new ValueTask<object?>(apply(items));
    }

    private Func<object, object> Compile(IReadOnlyDictionary<string, object?> arguments)
    {
        var items = Expression.Parameter(typeof(object), "items");
        var sequence = Expression.Convert(items, typeof(IEnumerable<>).MakeGenericType(itemType));
        var body = Expression.Convert(Apply(sequence, arguments), typeof(object));
        return Expression.Lambda<Func<object, object>>(body, items).Compile();
    }
}
