using System.Collections;
using System.Runtime.ExceptionServices;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>CompleteValue(fieldType, fields, result, variableValues): the resolved value shaped by the field's type.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Value-Completion</remarks>
    private static ValueTask<object?> CompleteValue(
        ExecutionContext context,
        GraphQLType returnType,
        ResolverContext info,
        ResponsePath path,
        object? result
    )
    {
        switch (result)
        {
            case Exception exception:
                ExceptionDispatchInfo.Throw(exception);
                break;
            case Task task:
                return CompleteTaskAsync(context, returnType, info, path, task);
        }
        // 1. If the fieldType is a Non-Null type:
        if (returnType is NonNullType nonNull)
        {
            // a./b. Let completedResult be CompleteValue(innerType, …); if it is null, raise a field error.
            var completed = CompleteValue(context, nonNull.OfType, info, path, result);
            if (!completed.IsCompletedSuccessfully)
            {
                return CompleteNonNullAsync(info, completed);
            }
            return completed.Result is null ? throw NullForNonNull(info) : completed;
        }
        // 2. If result is null (or another internal value similar to null such as undefined), return null.
        if (result is null)
        {
            return default;
        }
        switch (returnType)
        {
            // 3. If fieldType is a List type: complete each item.
            case ListType list:
                return CompleteListValue(context, list.OfType, info, path, result);
            // 4. If fieldType is a Scalar or Enum type: return CoerceResult(fieldType, result).
            case ScalarType scalar:
                return new ValueTask<object?>(CompleteScalarValue(scalar, result));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result));
            // 5. If fieldType is an Object, Interface, or Union type: execute the sub-selections.
            case ObjectType objectType:
                return CompleteObjectValue(context, objectType, info, path, result);
            default:
                return CompleteAbstractValue(context, (NamedType)returnType, info, path, result);
        }
    }

    private static async ValueTask<object?> CompleteTaskAsync(
        ExecutionContext context,
        GraphQLType returnType,
        ResolverContext info,
        ResponsePath path,
        Task task
    )
    {
        await task.ConfigureAwait(false);
        object? value = null;
        var type = task.GetType();
        if (type.IsGenericType && type.GetProperty("Result") is { } property)
        {
            value = property.GetValue(task);
        }
        return await CompleteValue(context, returnType, info, path, value).ConfigureAwait(false);
    }

    private static async ValueTask<object?> CompleteNonNullAsync(
        ResolverContext info,
        ValueTask<object?> completed
    ) => await completed.ConfigureAwait(false) ?? throw NullForNonNull(info);

    private static GraphQLError NullForNonNull(ResolverContext info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.Field.Name}.");

    /// <summary>CompleteValue for a list: each item is completed with its index in the path; an item error nulls the item, or the list when items are non-null.</summary>
    private static ValueTask<object?> CompleteListValue(
        ExecutionContext context,
        GraphQLType itemType,
        ResolverContext info,
        ResponsePath path,
        object result
    )
    {
        if (result is string or IDictionary || result is not IEnumerable items)
        {
            throw new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.Field.Name}\"."
            );
        }
        var completedItems = new List<object?>(
            result is ICollection collection ? collection.Count : 4
        );
        var itemsAreLeaves = itemType.NullableType is ScalarType or EnumType;
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        try
        {
            if (result is IList list)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    CompleteItem(
                        context,
                        itemType,
                        itemsAreLeaves,
                        info,
                        path,
                        index,
                        list[index],
                        completedItems,
                        ref pending
                    );
                }
            }
            else
            {
                var index = 0;
                foreach (var item in items)
                {
                    CompleteItem(
                        context,
                        itemType,
                        itemsAreLeaves,
                        info,
                        path,
                        index++,
                        item,
                        completedItems,
                        ref pending
                    );
                }
            }
        }
        catch (Exception exception) when (pending is not null)
        {
            return AwaitThenRethrowAsync(pending, ExceptionDispatchInfo.Capture(exception));
        }
        return pending is null
            ? new ValueTask<object?>(completedItems)
            : AwaitItemsAsync(completedItems, pending);
    }

    /// <summary>Completes one list item; the item's path is only built when it has sub-selections or fails.</summary>
    private static void CompleteItem(
        ExecutionContext context,
        GraphQLType itemType,
        bool itemIsLeaf,
        ResolverContext info,
        ResponsePath listPath,
        int index,
        object? item,
        List<object?> completedItems,
        ref List<(int Index, ValueTask<object?> Value)>? pending
    )
    {
        var itemPath = itemIsLeaf ? null : listPath.Append(index);
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(context, itemType, info, itemPath ?? listPath, item);
            if (!completed.IsCompletedSuccessfully)
            {
                completed = AwaitCompletedAsync(
                    context,
                    itemType,
                    info,
                    itemPath ?? listPath.Append(index),
                    completed
                );
            }
        }
        catch (Exception exception)
        {
            completed = new ValueTask<object?>(
                HandleFieldError(
                    context,
                    exception,
                    itemType,
                    info.Group,
                    itemPath ?? listPath.Append(index)
                )
            );
        }
        if (completed.IsCompletedSuccessfully)
        {
            completedItems.Add(completed.Result);
        }
        else
        {
            completedItems.Add(null);
            (pending ??= []).Add((index, completed));
        }
    }

    private static async ValueTask<object?> AwaitItemsAsync(
        List<object?> items,
        List<(int Index, ValueTask<object?> Value)> pending
    )
    {
        Exception? first = null;
        foreach (var (index, value) in pending)
        {
            try
            {
                items[index] = await value.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                first ??= exception;
            }
        }
        if (first is not null)
        {
            ExceptionDispatchInfo.Throw(first);
        }
        return items;
    }

    /// <summary>CoerceResult for a scalar: its serialization, which must not be null.</summary>
    private static object CompleteScalarValue(ScalarType scalar, object result) =>
        scalar.Serialize(result)
        ?? throw new GraphQLError(
            $"Expected `{scalar.Name}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: null"
        );

    /// <summary>CompleteValue for an object type: check <see cref="ObjectType.IsTypeOf"/>, then execute the merged sub-selections.</summary>
    private static ValueTask<object?> CompleteObjectValue(
        ExecutionContext context,
        ObjectType objectType,
        ResolverContext info,
        ResponsePath path,
        object result
    )
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLError(
                $"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(result)}."
            );
        }
        var groups = context.CollectSubfields(objectType, info.Group.Nodes);
        return ExecuteFields(context, objectType, result, path, groups);
    }

    /// <summary>ResolveAbstractType(abstractType, objectValue), then complete the value as that object type.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#ResolveAbstractType()</remarks>
    private static ValueTask<object?> CompleteAbstractValue(
        ExecutionContext context,
        NamedType abstractType,
        ResolverContext info,
        ResponsePath path,
        object result
    )
    {
        var resolver = ((IAbstractType)abstractType).ResolveType;
        var typeName = resolver is null
            ? DefaultTypeResolver(context.Schema, abstractType, result)
            : resolver(result, info, (IAbstractType)abstractType);
        var runtimeType = EnsureValidRuntimeType(context.Schema, typeName, abstractType, info);
        return CompleteObjectValue(context, runtimeType, info, path, result);
    }

    /// <summary>graphql-js's <c>defaultTypeResolver</c>: a <c>__typename</c> entry, else the first possible type whose <c>IsTypeOf</c> accepts the value.</summary>
    private static string? DefaultTypeResolver(Schema schema, NamedType abstractType, object value)
    {
        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename"),
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var name)
                ? name
                : null,
            _ => null,
        };
        if (typeName is string text)
        {
            return text;
        }
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return possibleType.Name;
            }
        }
        return null;
    }

    private static ObjectType EnsureValidRuntimeType(
        Schema schema,
        string? typeName,
        NamedType abstractType,
        ResolverContext info
    )
    {
        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."
            );
        }
        var runtimeType = schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
            );
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."
            );
        }
        if (!schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\"."
            );
        }
        return objectType;
    }
}
