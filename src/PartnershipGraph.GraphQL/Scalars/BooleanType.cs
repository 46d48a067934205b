using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The built-in <c>Boolean</c> scalar.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Boolean</remarks>
internal sealed class BooleanType()
    : ScalarType("Boolean", "A `Boolean` value is either `true` or `false`.")
{
    /// <summary>Booleans as they are; finite numbers are true unless zero.</summary>
    public override object? Serialize(object? value)
    {
        if (value is bool b)
        {
            return b;
        }
        if (JsNumber.ToDouble(value) is { } n && double.IsFinite(n))
        {
            return n != 0;
        }
        throw new GraphQLError(
            $"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"
        );
    }

    /// <summary>Accepts only booleans.</summary>
    public override object? ParseValue(object? value) =>
        value is bool b
            ? b
            : throw new GraphQLError(
                $"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"
            );

    /// <summary>Accepts only <c>true</c> and <c>false</c>.</summary>
    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        valueNode is BooleanValueNode b
            ? b.Value
            : throw Errors.AtNode(
                $"Boolean cannot represent a non boolean value: {ValuePrinter.Print(valueNode)}",
                valueNode
            );
}
