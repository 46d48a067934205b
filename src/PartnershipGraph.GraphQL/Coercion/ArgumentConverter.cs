using System.Collections;
using System.Globalization;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Converts coerced input values (CLR primitives, lists and dictionaries) to the CLR type a resolver asks for.</summary>
internal static class ArgumentConverter
{
    /// <summary>The value as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    /// <summary>The value as <paramref name="target"/>.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null
                ? Activator.CreateInstance(target)
                : null;
        }
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name
                ? Enum.Parse(underlying, name, ignoreCase: true)
                : Enum.ToObject(underlying, value);
        }
        if (underlying == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid);
        }
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }
        if (value is IEnumerable items and not string and not IDictionary<string, object?>)
        {
            return ConvertList(items, underlying);
        }
        if (value is IReadOnlyDictionary<string, object?> fields)
        {
            return ConvertObject(fields, underlying);
        }
        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }

    private static object ConvertList(IEnumerable items, Type target)
    {
        var elementType =
            target.IsArray ? target.GetElementType()!
            : target.IsGenericType ? target.GetGenericArguments()[0]
            : typeof(object);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, elementType));
        }
        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }
        return list;
    }

    private static object ConvertObject(IReadOnlyDictionary<string, object?> fields, Type target)
    {
        var constructor = target
            .GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            throw new InvalidCastException(
                $"Cannot create {target.Name}: it has no public constructor."
            );
        }
        var parameters = constructor.GetParameters();
        var arguments = parameters
            .Select(p => Convert(Lookup(fields, p.Name!), p.ParameterType))
            .ToArray();
        var instance = constructor.Invoke(arguments);
        var assigned = new HashSet<string>(
            parameters.Select(p => p.Name!),
            StringComparer.OrdinalIgnoreCase
        );
        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (
                property.CanWrite
                && !assigned.Contains(property.Name)
                && TryLookup(fields, property.Name, out var fieldValue)
            )
            {
                property.SetValue(instance, Convert(fieldValue, property.PropertyType));
            }
        }
        return instance;
    }

    private static object? Lookup(IReadOnlyDictionary<string, object?> fields, string name) =>
        TryLookup(fields, name, out var value) ? value : null;

    private static bool TryLookup(
        IReadOnlyDictionary<string, object?> fields,
        string name,
        out object? value
    )
    {
        foreach (var pair in fields)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }
        value = null;
        return false;
    }
}
