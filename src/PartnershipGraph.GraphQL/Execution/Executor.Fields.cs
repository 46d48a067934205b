using System.Runtime.ExceptionServices;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>ExecuteSelectionSet in parallel: every field starts before any pending one is awaited.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Normal-and-Serial-Execution</remarks>
    private static ValueTask<object?> ExecuteFields(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        ResponsePath? path,
        CollectedFields fields
    )
    {
        var result = new ResultMap(fields.Keys);
        var groups = fields.Groups;
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        try
        {
            for (var index = 0; index < groups.Length; index++)
            {
                var group = groups[index];
                context.CancellationToken.ThrowIfCancellationRequested();
                var value = group.DefaultLeafType is { } leafType
                    ? ExecuteDefaultLeafField(context, objectType, source, group, path, leafType)
                    : ExecuteField(
                        context,
                        objectType,
                        source,
                        group,
                        AppendPath(path, group, objectType)
                    );
                if (value.IsCompletedSuccessfully)
                {
                    result.SetValueAt(index, value.Result);
                }
                else
                {
                    (pending ??= []).Add((index, value));
                }
            }
        }
        catch (Exception exception) when (pending is not null)
        {
            // graphql-js lets the fields already started settle before the error propagates.
            return AwaitThenRethrowAsync(pending, ExceptionDispatchInfo.Capture(exception));
        }
        return pending is null ? new ValueTask<object?>(result) : AwaitFieldsAsync(result, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(
        ResultMap result,
        List<(int Index, ValueTask<object?> Value)> pending
    )
    {
        Exception? first = null;
        foreach (var (index, value) in pending)
        {
            try
            {
                result.SetValueAt(index, await value.ConfigureAwait(false));
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
        return result;
    }

    private static async ValueTask<object?> AwaitThenRethrowAsync(
        List<(int Index, ValueTask<object?> Value)> pending,
        ExceptionDispatchInfo exception
    )
    {
        foreach (var (_, value) in pending)
        {
            try
            {
                await value.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first error wins, as in graphql-js.
            }
        }
        exception.Throw();
        return null;
    }

    /// <summary>ExecuteSelectionSet serially (mutation root fields): each field completes before the next begins.</summary>
    private static async ValueTask<object?> ExecuteFieldsSeriallyAsync(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        CollectedFields fields
    )
    {
        var result = new ResultMap(fields.Keys);
        for (var index = 0; index < fields.Groups.Length; index++)
        {
            var group = fields.Groups[index];
            context.CancellationToken.ThrowIfCancellationRequested();
            var value = ExecuteField(
                context,
                objectType,
                source,
                group,
                ResponsePath.Root(group.ResponseKey, objectType.Name)
            );
            result.SetValueAt(
                index,
                value.IsCompletedSuccessfully ? value.Result : await value.ConfigureAwait(false)
            );
        }
        return result;
    }

    /// <summary>ExecuteField: coerce the arguments, resolve the value and complete it; a field error becomes null at a nullable field.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Executing-Fields</remarks>
    private static ValueTask<object?> ExecuteField(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        FieldGroup group,
        ResponsePath path
    )
    {
        var field = group.Definition;
        if (field is null)
        {
            return new ValueTask<object?>(objectType.Name);
        }
        var returnType = field.Type;
        ResolverContext? resolverContext = null;
        try
        {
            // 1. Let argumentValues be the result of CoerceArgumentValues(objectType, field, variableValues).
            var arguments = group.Arguments;
            if (arguments is null)
            {
                arguments = ArgumentValues.Coerce(
                    field.Arguments,
                    group.Nodes[0].Arguments,
                    group.Nodes[0],
                    context.VariableValues
                );
                group.Arguments = arguments;
            }
            resolverContext = new ResolverContext(
                context,
                objectType,
                source,
                field,
                group,
                arguments,
                path
            );
            // 2. Let resolvedValue be ResolveFieldValue(objectType, objectValue, fieldName, argumentValues).
            var resolved = (field.Resolver ?? DefaultFieldResolver.Instance)(resolverContext);
            if (!resolved.IsCompletedSuccessfully)
            {
                return ResolveAndCompleteAsync(context, returnType, resolverContext, resolved);
            }
            // 3. Return the result of CompleteValue(fieldType, fields, resolvedValue, variableValues).
            var completed = CompleteValue(
                context,
                returnType,
                resolverContext,
                path,
                resolved.Result
            );
            return completed.IsCompletedSuccessfully
                ? completed
                : AwaitCompletedAsync(context, returnType, resolverContext, path, completed);
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(
                HandleFieldError(context, exception, returnType, group, path)
            );
        }
    }

    /// <summary>ExecuteField for a scalar or enum field read by the default resolver: no resolver context or path unless something goes wrong.</summary>
    private static ValueTask<object?> ExecuteDefaultLeafField(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        FieldGroup group,
        ResponsePath? parentPath,
        NamedType leafType
    )
    {
        var field = group.Definition!;
        object? value;
        try
        {
            value = field.SourceResolver is { } resolve
                ? resolve(source)
                : ReadDefault(source, field);
            switch (value)
            {
                case null when field.Type is NonNullType:
                    throw new GraphQLError(
                        $"Cannot return null for non-nullable field {objectType.Name}.{field.Name}."
                    );
                case null:
                    return default;
                case not (Exception or Task):
                    return new ValueTask<object?>(
                        leafType is ScalarType scalar
                            ? CompleteScalarValue(scalar, value)
                            : ((EnumType)leafType).Serialize(value)
                    );
            }
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(
                HandleFieldError(
                    context,
                    exception,
                    field.Type,
                    group,
                    AppendPath(parentPath, group, objectType)
                )
            );
        }
        // An exception or a task returned as the value takes the general path.
        var path = AppendPath(parentPath, group, objectType);
        var resolverContext = new ResolverContext(
            context,
            objectType,
            source,
            field,
            group,
            ArgumentValues.Coerce([], [], group.Nodes[0], context.VariableValues),
            path
        );
        try
        {
            var completed = CompleteValue(context, field.Type, resolverContext, path, value);
            return completed.IsCompletedSuccessfully
                ? completed
                : AwaitCompletedAsync(context, field.Type, resolverContext, path, completed);
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(
                HandleFieldError(context, exception, field.Type, group, path)
            );
        }
    }

    /// <summary>The default resolver's value, with the reader for the source's CLR type cached on the field.</summary>
    private static object? ReadDefault(object? source, FieldDefinition field)
    {
        if (source is null)
        {
            return null;
        }
        var type = source.GetType();
        var reader = field.LastReader;
        if (reader is null || reader.SourceType != type)
        {
            reader = new SourceReader(type, DefaultFieldResolver.GetReader(type, field.Name));
            field.LastReader = reader;
        }
        return reader.Read(source);
    }

    private static ResponsePath AppendPath(
        ResponsePath? parentPath,
        FieldGroup group,
        ObjectType objectType
    ) =>
        parentPath is null
            ? ResponsePath.Root(group.ResponseKey, objectType.Name)
            : parentPath.Append(group.ResponseKey, objectType.Name);

    private static async ValueTask<object?> ResolveAndCompleteAsync(
        ExecutionContext context,
        GraphQLType returnType,
        ResolverContext resolverContext,
        ValueTask<object?> resolved
    )
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);
            return await CompleteValue(
                    context,
                    returnType,
                    resolverContext,
                    resolverContext.Path,
                    value
                )
                .ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleFieldError(
                context,
                exception,
                returnType,
                resolverContext.Group,
                resolverContext.Path
            );
        }
    }

    private static async ValueTask<object?> AwaitCompletedAsync(
        ExecutionContext context,
        GraphQLType returnType,
        ResolverContext resolverContext,
        ResponsePath path,
        ValueTask<object?> completed
    )
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleFieldError(context, exception, returnType, resolverContext.Group, path);
        }
    }
}
