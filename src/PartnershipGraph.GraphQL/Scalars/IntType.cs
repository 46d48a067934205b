using System.Globalization;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The built-in <c>Int</c> scalar: a signed 32-bit integer.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Int</remarks>
internal sealed class IntType()
    : ScalarType(
        "Int",
        "An `Int` value is a signed 32-bit whole number, from -2147483648 to 2147483647. Numbers with a fractional part or outside that range are not `Int` values."
    )
{
    /// <summary>Booleans become 1 or 0; numbers and numeric strings with an integral value in range become <see cref="int"/>.</summary>
    public override object? Serialize(object? value)
    {
        double? number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => JsNumber.Parse(s),
            _ => JsNumber.ToDouble(value),
        };
        if (number is not { } n || !JsNumber.IsInteger(n))
        {
            throw new GraphQLError(
                $"Int cannot represent non-integer value: {Inspector.Inspect(value)}"
            );
        }
        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLError(
                $"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}"
            );
        }
        return (int)n;
    }

    /// <summary>Accepts only numbers with an integral value in range.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is bool || JsNumber.ToDouble(value) is not { } n || !JsNumber.IsInteger(n))
        {
            throw new GraphQLError(
                $"Int cannot represent non-integer value: {Inspector.Inspect(value)}"
            );
        }
        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLError(
                $"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(value!)}"
            );
        }
        return (int)n;
    }

    /// <summary>Accepts only integer literals in range.</summary>
    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    )
    {
        if (valueNode is not IntValueNode intValue)
        {
            throw Errors.AtNode(
                $"Int cannot represent non-integer value: {ValuePrinter.Print(valueNode)}",
                valueNode
            );
        }
        if (
            !int.TryParse(
                intValue.Value,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var result
            )
        )
        {
            throw Errors.AtNode(
                $"Int cannot represent non 32-bit signed integer value: {intValue.Value}",
                valueNode
            );
        }
        return result;
    }
}
