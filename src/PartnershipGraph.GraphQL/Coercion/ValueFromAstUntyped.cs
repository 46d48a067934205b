using System.Globalization;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Converts a literal to a CLR value without a type to guide it, as graphql-js's <c>valueFromASTUntyped</c>.</summary>
/// <remarks>
/// Ints become <see cref="int"/> (or <see cref="long"/>, or <see cref="double"/> when larger), floats <see cref="double"/>,
/// lists <see cref="List{T}"/> and objects <see cref="Dictionary{TKey, TValue}"/>; unknown variables become null.
/// </remarks>
internal static class ValueFromAstUntyped
{
    /// <summary>The CLR value of the literal.</summary>
    public static object? Convert(
        ValueNode node,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        node switch
        {
            NullValueNode => null,
            IntValueNode intValue => ParseInt(intValue.Value),
            FloatValueNode floatValue => double.Parse(
                floatValue.Value,
                CultureInfo.InvariantCulture
            ),
            StringValueNode stringValue => stringValue.Value,
            EnumValueNode enumValue => enumValue.Value,
            BooleanValueNode booleanValue => booleanValue.Value,
            ListValueNode list => list.Values.Select(v => Convert(v, variables)).ToList(),
            ObjectValueNode obj => ToDictionary(obj, variables),
            VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

    /// <summary>An integer literal as the smallest of <see cref="int"/>, <see cref="long"/> and <see cref="double"/> that holds it.</summary>
    public static object ParseInt(string text)
    {
        if (
            int.TryParse(
                text,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var i
            )
        )
        {
            return i;
        }
        if (
            long.TryParse(
                text,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var l
            )
        )
        {
            return l;
        }
        return double.Parse(text, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> ToDictionary(
        ObjectValueNode obj,
        IReadOnlyDictionary<string, object?>? variables
    )
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            result[field.Name.Value] = Convert(field.Value, variables);
        }
        return result;
    }
}
