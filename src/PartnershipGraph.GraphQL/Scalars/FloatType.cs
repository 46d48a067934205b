using System.Globalization;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The built-in <c>Float</c> scalar: a finite double-precision number.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Float</remarks>
internal sealed class FloatType()
    : ScalarType(
        "Float",
        "A `Float` value is a signed double-precision floating-point number as defined by IEEE 754. Integer input is accepted too, but infinities and NaN are not."
    )
{
    /// <summary>Booleans become 1 or 0; finite numbers and numeric strings become <see cref="double"/>.</summary>
    public override object? Serialize(object? value)
    {
        double? number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => JsNumber.Parse(s),
            _ => JsNumber.ToDouble(value),
        };
        if (number is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLError(
                $"Float cannot represent non numeric value: {Inspector.Inspect(value)}"
            );
        }
        return n;
    }

    /// <summary>Accepts only finite numbers.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is bool || JsNumber.ToDouble(value) is not { } n || !double.IsFinite(n))
        {
            throw new GraphQLError(
                $"Float cannot represent non numeric value: {Inspector.Inspect(value)}"
            );
        }
        return n;
    }

    /// <summary>Accepts float and integer literals.</summary>
    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        valueNode switch
        {
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            _ => throw Errors.AtNode(
                $"Float cannot represent non numeric value: {ValuePrinter.Print(valueNode)}",
                valueNode
            ),
        };
}
