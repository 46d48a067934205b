using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The built-in <c>String</c> scalar: UTF-8 text.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-String</remarks>
internal sealed class StringType()
    : ScalarType(
        "String",
        "A `String` value is a sequence of Unicode characters, serialized as UTF-8. It is mostly used for free-form text meant for people to read."
    )
{
    /// <summary>Strings as they are; characters, booleans and finite numbers as JavaScript prints them.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case char c:
                return c.ToString();
            case bool b:
                return b ? "true" : "false";
        }
        if (JsNumber.ToDouble(value) is { } n && double.IsFinite(n))
        {
            return JsNumber.Format(value!);
        }
        throw new GraphQLError($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Accepts only strings.</summary>
    public override object? ParseValue(object? value) =>
        value as string
        ?? throw new GraphQLError(
            $"String cannot represent a non string value: {Inspector.Inspect(value)}"
        );

    /// <summary>Accepts only string literals.</summary>
    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        valueNode is StringValueNode s
            ? s.Value
            : throw Errors.AtNode(
                $"String cannot represent a non string value: {ValuePrinter.Print(valueNode)}",
                valueNode
            );
}
