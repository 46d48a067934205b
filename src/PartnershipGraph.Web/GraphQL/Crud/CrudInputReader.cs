using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Crud;

/// <summary>Reads the coerced fields of a create or update input, collecting the errors of malformed global IDs.</summary>
public sealed class CrudInputReader(IReadOnlyDictionary<string, object?> fields)
{
    private readonly List<ServiceError> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<ServiceError> Errors => _errors;

    /// <summary>The string field, or null when it was not given.</summary>
    public string? String(string name) =>
        fields.TryGetValue(name, out var value) ? value?.ToString() : null;

    /// <summary>The number field, or null when it was not given.</summary>
    public decimal? Decimal(string name) =>
        fields.TryGetValue(name, out var value) && value is not null
            ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The integer field, or null when it was not given.</summary>
    public int? Int(string name) =>
        fields.TryGetValue(name, out var value) && value is not null
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The Boolean field, or <paramref name="fallback"/> when it was not given.</summary>
    public bool Boolean(string name, bool fallback = false) =>
        fields.TryGetValue(name, out var value) && value is bool flag ? flag : fallback;

    /// <summary>The enum field, or <paramref name="fallback"/> when it was not given.</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback)
        where TEnum : struct, Enum =>
        fields.TryGetValue(name, out var value) && value is not null
            ? value switch
            {
                TEnum typed => typed,
                string text => System.Enum.Parse<TEnum>(
                    text.Replace("_", "", StringComparison.Ordinal),
                    true
                ),
                _ => (TEnum)System.Enum.ToObject(typeof(TEnum), value),
            }
            : fallback;

    /// <summary>The key of the global ID field of <paramref name="typeName"/>, or null when it was not given or is malformed.</summary>
    public Guid? OptionalId(string name, string typeName)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }
        var id = MutationInputs.DecodeId(text, typeName, name);
        if (!id.Succeeded)
        {
            _errors.AddRange(id.Errors);
            return null;
        }
        return id.Value;
    }

    /// <summary>The key of the required global ID field of <paramref name="typeName"/>; empty when it is malformed.</summary>
    public Guid Id(string name, string typeName) => OptionalId(name, typeName) ?? Guid.Empty;
}
