using System.Collections;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Coerces a CLR input value (a variable's value, from JSON) to a type, as graphql-js's <c>coerceInputValue</c>.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Input-Values.
/// Input objects are read from <see cref="IReadOnlyDictionary{TKey, TValue}"/> or <see cref="IDictionary{TKey, TValue}"/> of string keys
/// and become <see cref="Dictionary{TKey, TValue}"/> in field order; lists become <see cref="List{T}"/>.
/// </remarks>
public static class InputCoercion
{
    /// <summary>The coerced value; each problem goes to <paramref name="onError"/>, or, without one, the first is thrown as <c>Invalid value … at "value.path": …</c>.</summary>
    /// <exception cref="GraphQLError">A problem was found and no handler was given.</exception>
    public static object? CoerceInputValue(
        object? inputValue,
        GraphQLType type,
        InputCoercionErrorHandler? onError = null
    ) => Coerce(inputValue, type, onError ?? ThrowWithPrefix, []);

    /// <summary>The path inside an input value as graphql-js prints it: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));

    private static void ThrowWithPrefix(
        IReadOnlyList<object> path,
        object? invalidValue,
        GraphQLError error
    )
    {
        var prefix = "Invalid value " + Inspector.Inspect(invalidValue);
        if (path.Count > 0)
        {
            prefix += $" at \"value{PrintPath(path)}\"";
        }
        throw new GraphQLError(
            prefix + ": " + error.Message,
            error.Locations,
            innerException: error
        );
    }

    private static object? Coerce(
        object? value,
        GraphQLType type,
        InputCoercionErrorHandler onError,
        List<object> path
    )
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }
            onError(
                path.ToArray(),
                value,
                new GraphQLError($"Expected non-nullable type \"{type}\" not to be null.")
            );
            return null;
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }
                    return items;
                }
                return new List<object?> { Coerce(value, list.OfType, onError, path) };
            case InputObjectType inputObject:
                return CoerceObject(value, inputObject, onError, path);
            case EnumType enumType:
                return ParseLeaf(() => enumType.ParseValue(value), type, value, onError, path);
            case ScalarType scalar:
                return ParseLeaf(() => scalar.ParseValue(value), type, value, onError, path);
            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private static object? ParseLeaf(
        Func<object?> parse,
        GraphQLType type,
        object value,
        InputCoercionErrorHandler onError,
        List<object> path
    )
    {
        try
        {
            return parse();
        }
        catch (GraphQLError error)
        {
            onError(path.ToArray(), value, error);
        }
        catch (Exception exception)
            when (exception
                    is FormatException
                        or InvalidCastException
                        or ArgumentException
                        or OverflowException
            )
        {
            onError(
                path.ToArray(),
                value,
                new GraphQLError(
                    $"Expected type \"{type}\". {exception.Message}",
                    innerException: exception
                )
            );
        }
        return null;
    }

    private static Dictionary<string, object?>? CoerceObject(
        object value,
        InputObjectType type,
        InputCoercionErrorHandler onError,
        List<object> path
    )
    {
        if (InputValues.AsObject(value) is not { } fields)
        {
            onError(
                path.ToArray(),
                value,
                new GraphQLError($"Expected type \"{type.Name}\" to be an object.")
            );
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = ValueFromAst.TryConvert(
                        field.DefaultValue,
                        field.Type,
                        null,
                        out var d
                    )
                        ? d
                        : null;
                }
                else if (field.Type is NonNullType)
                {
                    onError(
                        path.ToArray(),
                        value,
                        new GraphQLError(
                            $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."
                        )
                    );
                }
                continue;
            }
            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestions = SuggestionList.Get(name, type.Fields.Select(f => f.Name));
                onError(
                    path.ToArray(),
                    value,
                    new GraphQLError(
                        $"Field \"{name}\" is not defined by type \"{type.Name}\"."
                            + DidYouMean.Format(suggestions)
                    )
                );
            }
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(
                    path.ToArray(),
                    value,
                    new GraphQLError(
                        $"Exactly one key must be specified for OneOf type \"{type.Name}\"."
                    )
                );
            }
            if (coerced.Count > 0)
            {
                var (key, fieldValue) = coerced.First();
                if (fieldValue is null)
                {
                    onError(
                        [.. path, key],
                        null,
                        new GraphQLError($"Field \"{key}\" must be non-null.")
                    );
                }
            }
        }
        return coerced;
    }

    private static bool IsList(object value) =>
        value is IEnumerable and not string and not IDictionary
        && InputValues.AsObject(value) is null;
}
