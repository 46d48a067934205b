using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class FloatTypeTests
{
    private static readonly ScalarType Float = BuiltInScalars.Float;

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(0, 0.0)]
    [InlineData(-1.1, -1.1)]
    [InlineData(1e5, 1e5)]
    [InlineData("123.5", 123.5)]
    [InlineData("-1.1", -1.1)]
    [InlineData(true, 1.0)]
    [InlineData(false, 0.0)]
    public void Serializes_finite_numbers(object value, double expected) =>
        Assert.Equal(expected, Float.Serialize(value));

    [Fact]
    public void Serializes_decimals_as_doubles() => Assert.Equal(1.25, Float.Serialize(1.25m));

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData("one", "Float cannot represent non numeric value: \"one\"")]
    [InlineData("", "Float cannot represent non numeric value: \"\"")]
    [InlineData(null, "Float cannot represent non numeric value: null")]
    public void Serialize_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Float.Serialize(value)).Message);

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(-1.5, -1.5)]
    [InlineData(2147483648L, 2147483648.0)]
    public void Parses_numbers(object value, double expected) =>
        Assert.Equal(expected, Float.ParseValue(value));

    [Theory]
    [InlineData(null, "Float cannot represent non numeric value: null")]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity")]
    [InlineData("123", "Float cannot represent non numeric value: \"123\"")]
    [InlineData(true, "Float cannot represent non numeric value: true")]
    public void Parse_value_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Float.ParseValue(value)).Message);

    [Fact]
    public void Parses_int_and_float_literals()
    {
        Assert.Equal(1.0, Float.ParseLiteral(new IntValueNode("1")));
        Assert.Equal(0.5, Float.ParseLiteral(new FloatValueNode("0.5")));
        Assert.Equal(-12e3, Float.ParseLiteral(new FloatValueNode("-12e3")));
    }

    [Theory]
    [InlineData("\"123\"")]
    [InlineData("null")]
    [InlineData("false")]
    public void Parse_literal_rejects_other_literals(string printed)
    {
        ValueNode literal = printed switch
        {
            "null" => new NullValueNode(),
            "false" => new BooleanValueNode(false),
            _ => new StringValueNode("123"),
        };
        Assert.Equal(
            $"Float cannot represent non numeric value: {printed}",
            Assert.Throws<GraphQLError>(() => Float.ParseLiteral(literal)).Message
        );
    }
}
