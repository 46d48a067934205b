using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Produces a literal for a CLR input value of a given type, as graphql-js's <c>astFromValue</c>.</summary>
/// <remarks>Used to print default values; a CLR value that is not valid for the type yields <see langword="null"/>.</remarks>
internal static partial class AstFromValue
{
    /// <summary>The literal, or <see langword="null"/> when the value cannot be represented (graphql-js's <c>undefined</c>).</summary>
    /// <exception cref="GraphQLError">A scalar's serialization rejects the value.</exception>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case not null when value is null:
                return new NullValueNode();
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }
                    return new ListValueNode(nodes);
                }
                return Convert(value, list.OfType);
            case InputObjectType inputObject:
                return ConvertObject(value!, inputObject);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return ConvertScalar(scalar.Serialize(value), scalar);
            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private static ObjectValueNode? ConvertObject(object value, InputObjectType type)
    {
        if (
            value is string
            || JsNumber.IsNumber(value)
            || value is bool
            || value
                is IEnumerable
                    and not IDictionary
                    and not IEnumerable<KeyValuePair<string, object?>>
        )
        {
            return null;
        }
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!TryGetMember(value, field.Name, out var fieldValue))
            {
                continue;
            }
            if (Convert(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }
        return new ObjectValueNode(fields);
    }

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            case IDictionary untyped:
                member = untyped.Contains(name) ? untyped[name] : null;
                return untyped.Contains(name);
        }
        var property = value
            .GetType()
            .GetProperty(
                name,
                System.Reflection.BindingFlags.Public
                    | System.Reflection.BindingFlags.Instance
                    | System.Reflection.BindingFlags.IgnoreCase
            );
        member = property?.GetValue(value);
        return property is not null;
    }

    private static ValueNode? ConvertScalar(object? serialized, ScalarType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return
                    ReferenceEquals(type, Scalars.BuiltInScalars.ID) && IntegerString().IsMatch(s)
                    ? new IntValueNode(s)
                    : new StringValueNode(s);
        }
        if (JsNumber.ToDouble(serialized) is { } number && double.IsFinite(number))
        {
            var text = serialized is decimal m
                ? m.ToString("0.############################", CultureInfo.InvariantCulture)
                : JsNumber.Format(serialized);
            return IntegerString().IsMatch(text)
                ? new IntValueNode(text)
                : new FloatValueNode(text);
        }
        throw new GraphQLError($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
