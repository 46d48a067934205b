using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>A custom scalar whose coercions are delegates given to <see cref="ScalarTypeBuilder"/>.</summary>
internal sealed class DelegateScalarType(
    string name,
    string? description,
    string? specifiedByUrl,
    Func<object?, object?>? serialize,
    Func<object?, object?>? parseValue,
    Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral
) : ScalarType(name, description, specifiedByUrl)
{
    public override object? Serialize(object? value) =>
        serialize is null ? value : serialize(value);

    public override object? ParseValue(object? value) =>
        parseValue is null ? value : parseValue(value);

    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        parseLiteral is null
            ? base.ParseLiteral(valueNode, variables)
            : parseLiteral(valueNode, variables);
}
