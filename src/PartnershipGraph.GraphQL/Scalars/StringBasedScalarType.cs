using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>A scalar written as a string in both directions (dates, identifiers, URLs).</summary>
internal abstract class StringBasedScalarType(
    string name,
    string description,
    string? specifiedByUrl,
    string what
) : ScalarType(name, description, specifiedByUrl)
{
    /// <summary>The string form of a CLR value, or <see langword="null"/> when the value is not of this scalar.</summary>
    protected abstract string? Format(object value);

    /// <summary>The CLR value of the string, or <see langword="null"/> when it is not valid.</summary>
    protected abstract object? TryParse(string text);

    /// <inheritdoc/>
    public sealed override object? Serialize(object? value) =>
        (value is null ? null : Format(value)) ?? throw ScalarErrors.CannotSerialize(Name, value);

    /// <inheritdoc/>
    public sealed override object? ParseValue(object? value) =>
        value is string text
            ? TryParse(text) ?? throw ScalarErrors.Invalid(Name, what, text)
            : throw ScalarErrors.NotAString(Name, value);

    /// <inheritdoc/>
    public sealed override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        valueNode is StringValueNode s
            ? TryParse(s.Value) ?? throw ScalarErrors.Invalid(Name, what, s.Value, valueNode)
            : throw ScalarErrors.NotAStringLiteral(Name, valueNode);
}
