using System.Collections;
using System.Globalization;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Converts coerced input values to the CLR type of the member they are compared with.</summary>
internal static class FilterValues
{
    public static object? Convert(object? value, Type type, FilterScope scope)
    {
        if (value is not null && scope.Conversion is { } conversion)
        {
            try
            {
                value = conversion.Convert(value);
            }
            catch (FormatException exception)
            {
                throw scope.Error(exception.Message);
            }
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return target == type && type.IsValueType
                ? throw scope.Error("the value cannot be null.")
                : null;
        }
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        try
        {
            return (value, target) switch
            {
                (DateTimeOffset offset, _) when target == typeof(DateTime) => offset.UtcDateTime,
                (DateTime dateTime, _) when target == typeof(DateTimeOffset) => new DateTimeOffset(
                    DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)
                ),
                (string text, _) when target.IsEnum => ParseEnum(text, target, scope),
                (_, _) when target.IsEnum => Enum.ToObject(target, value),
                (string text, _) when target == typeof(Guid) => Guid.Parse(text),
                (IConvertible, _) => System.Convert.ChangeType(
                    value,
                    target,
                    CultureInfo.InvariantCulture
                ),
                _ => throw scope.Error(
                    $"a {value.GetType().Name} cannot be compared with a {target.Name}."
                ),
            };
        }
        catch (Exception exception)
            when (exception
                    is FormatException
                        or InvalidCastException
                        or OverflowException
                        or ArgumentException
            )
        {
            throw scope.Error($"the value {value} is not a valid {target.Name}.");
        }
    }

    public static IReadOnlyList<object?> List(object? value, FilterScope scope) =>
        value switch
        {
            null => throw scope.Error("the value must be a list, not null."),
            string or IDictionary => [value],
            IEnumerable items => items.Cast<object?>().ToList(),
            _ => [value],
        };

    public static IReadOnlyDictionary<string, object?> Object(object? value, FilterScope scope) =>
        value switch
        {
            IReadOnlyDictionary<string, object?> dictionary => dictionary,
            IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
            _ => throw scope.Error("the value must be an input object."),
        };

    private static object ParseEnum(string text, Type type, FilterScope scope)
    {
        var compact = text.Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse(type, compact, ignoreCase: true, out var result)
            ? result!
            : throw scope.Error($"\"{text}\" is not a value of {type.Name}.");
    }
}
