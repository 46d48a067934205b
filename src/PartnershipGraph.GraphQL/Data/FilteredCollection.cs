using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Data.Filtering;
using PartnershipGraph.GraphQL.Data.Sorting;
using PartnershipGraph.GraphQL.Language.Ast;
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

    private const string ProjectedKey = "PartnershipGraph.Data.ProjectedCollections";

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

    /// <summary>The collection expression with <c>Where</c> and <c>OrderBy</c> (Enumerable operators) for what the caller may read and the arguments.</summary>
    public Expression Apply(
        Expression collection,
        IReadOnlyDictionary<string, object?> arguments,
        IResolverContext context
    )
    {
        if (conventions.ReadableOf(itemType, context) is { } readable)
        {
            collection = Expression.Call(Where.MakeGenericMethod(itemType), collection, readable);
        }
        return Shape(collection, arguments, context);
    }

    private Expression Shape(
        Expression collection,
        IReadOnlyDictionary<string, object?> arguments,
        IResolverContext? context
    )
    {
        if (filtering && arguments.GetValueOrDefault("where") is { } where)
        {
            var build = typeof(FilterExpressionBuilder)
                .GetMethod(nameof(FilterExpressionBuilder.Build))!
                .MakeGenericMethod(itemType);
            if (
                build.Invoke(
                    null,
                    [FilterValues.Object(where, new FilterScope("where")), conventions, context]
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
        if (!WasProjected(context) && conventions.ReadableOf(itemType, context) is { } readable)
        {
            items = Readable(items, readable);
        }
        // The executor shares one arguments dictionary across the items of a list, so each list compiles once; list
        // filters then see every item, since the caller's predicate cannot be compiled into a lambda shared this way.
        var apply = _compiled.GetValue(context.Arguments, Compile);
        return new ValueTask<object?>(apply(items));
    }

    /// <summary>Notes that a projection read these selections of the field, with what the caller may read already applied
    /// (the projected items lack the members the predicate would read in memory).</summary>
    public static void MarkProjected(IResolverContext context, IEnumerable<FieldNode> nodes)
    {
        var projected = Projected(context);
        foreach (var node in nodes)
        {
            projected.TryAdd(node, true);
        }
    }

    private static bool WasProjected(IResolverContext context) =>
        context.FieldNodes.All(Projected(context).ContainsKey);

    private static ConcurrentDictionary<FieldNode, bool> Projected(IResolverContext context)
    {
        lock (context.ContextItems)
        {
            if (context.ContextItems.TryGetValue(ProjectedKey, out var value))
            {
                return (ConcurrentDictionary<FieldNode, bool>)value!;
            }
            var projected = new ConcurrentDictionary<FieldNode, bool>();
            context.ContextItems[ProjectedKey] = projected;
            return projected;
        }
    }

    // An item whose predicate reads a navigation that was not loaded is hidden rather than shown.
    private object Readable(object items, LambdaExpression readable)
    {
        var test = readable.Compile(preferInterpretation: true);
        var kept = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in (IEnumerable)items)
        {
            try
            {
                if (test.DynamicInvoke(item) is true)
                {
                    kept.Add(item);
                }
            }
            catch (TargetInvocationException exception)
                when (exception.InnerException is NullReferenceException) { }
        }
        return kept;
    }

    private Func<object, object> Compile(IReadOnlyDictionary<string, object?> arguments)
    {
        var items = Expression.Parameter(typeof(object), "items");
        var sequence = Expression.Convert(items, typeof(IEnumerable<>).MakeGenericType(itemType));
        var body = Expression.Convert(Shape(sequence, arguments, null), typeof(object));
        return Expression.Lambda<Func<object, object>>(body, items).Compile();
    }
}
