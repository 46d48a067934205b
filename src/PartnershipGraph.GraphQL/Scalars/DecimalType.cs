using System.Globalization;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The <c>Decimal</c> scalar: an exact decimal number, as <see cref="decimal"/>.</summary>
internal sealed class DecimalType()
    : ScalarType(
        "Decimal",
        "The `Decimal` scalar represents an exact decimal number with up to 28 significant digits, written as a JSON number."
    )
{
    public override object? Serialize(object? value) =>
        value switch
        {
            decimal m => m,
            string s when TryParse(s) is { } parsed => parsed,
            bool => throw NonNumeric(value),
            _ => FromNumber(value) ?? throw NonNumeric(value),
        };

    public override object? ParseValue(object? value) =>
        value is bool or string
            ? throw NonNumeric(value)
            : FromNumber(value) ?? throw NonNumeric(value);

    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    )
    {
        var text = valueNode switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        return (text is null ? null : TryParse(text))
            ?? throw Errors.AtNode(
                $"Decimal cannot represent non numeric value: {ValuePrinter.Print(valueNode)}",
                valueNode
            );
    }

    private static decimal? FromNumber(object? value)
    {
        if (value is decimal m)
        {
            return m;
        }
        if (value is int or long or short or byte or sbyte or ushort or uint or ulong)
        {
            return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }
        if (JsNumber.ToDouble(value) is { } d && double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            return (decimal)d;
        }
        return null;
    }

    private static decimal? TryParse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : null;

    private static GraphQLError NonNumeric(object? value) =>
        new($"Decimal cannot represent non numeric value: {Inspector.Inspect(value)}");
}
