using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>The resolver used for fields without one: reads the dictionary entry, property or field of the source named like the field.</summary>
/// <remarks>
/// A property matches when its name equals the field's name ignoring case (<c>dueDate</c> reads <c>DueDate</c>).
/// Getters are compiled once per CLR type and field name.
/// </remarks>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters =
        new();

    /// <summary>The resolver as a delegate.</summary>
    public static FieldResolver Instance { get; } =
        context => new ValueTask<object?>(Resolve(context.Source, context.Field.Name));

    /// <summary>The value named <paramref name="fieldName"/> of <paramref name="source"/>, or <see langword="null"/> when it has none.</summary>
    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
        }
        var getter = Getters.GetOrAdd(
            (source.GetType(), fieldName),
            static key => CreateGetter(key.Item1, key.Item2)
        );
        return getter?.Invoke(source);
    }

    /// <summary>A reader of <paramref name="fieldName"/> for every source of exactly <paramref name="type"/>, equivalent to <see cref="Resolve"/> for such sources.</summary>
    internal static Func<object, object?> GetReader(Type type, string fieldName)
    {
        if (
            typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type)
        )
        {
            return source => Resolve(source, fieldName);
        }
        return Getters.GetOrAdd((type, fieldName), static key => CreateGetter(key.Item1, key.Item2))
            ?? (static _ => null);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags flags =
            BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member =
            type.GetProperties(flags)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                .OrderBy(p => p.Name == name ? 0 : 1)
                .FirstOrDefault(p =>
                    string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
                )
            ?? (MemberInfo?)type.GetField(name, flags);
        if (member is null)
        {
            return null;
        }
        var parameter = Expression.Parameter(typeof(object), "source");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
