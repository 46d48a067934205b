using System.Collections;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Reads CLR input values in the shapes coercion accepts.</summary>
internal static class InputValues
{
    /// <summary>The value as a string-keyed map, or <see langword="null"/> when it is not one.</summary>
    public static IReadOnlyDictionary<string, object?>? AsObject(object? value) =>
        value switch
        {
            IReadOnlyDictionary<string, object?> readOnly => readOnly,
            IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
            IDictionary untyped => untyped
                .Keys.Cast<object>()
                .ToDictionary(k => k.ToString() ?? "", k => untyped[k]),
            _ => null,
        };
}
