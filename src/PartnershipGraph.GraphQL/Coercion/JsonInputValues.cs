using System.Text.Json;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Converts JSON (a request's <c>variables</c>) to the CLR values input coercion accepts.</summary>
/// <remarks>
/// Objects become <see cref="Dictionary{TKey, TValue}"/> (string keys, in document order; a repeated key keeps the last value),
/// arrays <see cref="List{T}"/>, strings <see cref="string"/>, booleans <see cref="bool"/>;
/// integral numbers become <see cref="int"/> or <see cref="long"/> when they fit, other numbers <see cref="double"/>.
/// </remarks>
public static class JsonInputValues
{
    /// <summary>The CLR value of a JSON element.</summary>
    public static object? ToClr(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => ToDictionary(element),
            JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => ToNumber(element),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    /// <summary>The variables object of a request as a dictionary; an absent or null element gives an empty one.</summary>
    /// <exception cref="ArgumentException">The element is neither an object nor null.</exception>
    public static Dictionary<string, object?> ToVariables(JsonElement? element) =>
        element switch
        {
            null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => new(
                StringComparer.Ordinal
            ),
            { ValueKind: JsonValueKind.Object } obj => ToDictionary(obj),
            _ => throw new ArgumentException("Variables must be a JSON object.", nameof(element)),
        };

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToClr(property.Value);
        }
        return result;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }
        if (element.TryGetInt64(out var l))
        {
            return l;
        }
        return element.GetDouble();
    }
}
