using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class DecimalTypeTests
{
    private static readonly ScalarType Decimal = ExtendedScalars.Decimal;

    [Fact]
    public void Serializes_numbers_as_decimals()
    {
        Assert.Equal(12.5m, Decimal.Serialize(12.5m));
        Assert.Equal(3m, Decimal.Serialize(3));
        Assert.Equal(0.25m, Decimal.Serialize(0.25));
        Assert.Equal(1.10m, Decimal.Serialize("1.10"));
    }

    [Theory]
    [InlineData(true, "Decimal cannot represent non numeric value: true")]
    [InlineData("abc", "Decimal cannot represent non numeric value: \"abc\"")]
    [InlineData(double.NaN, "Decimal cannot represent non numeric value: NaN")]
    [InlineData(1e300, "Decimal cannot represent non numeric value: 1e+300")]
    public void Serialize_rejects_other_values(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Decimal.Serialize(value)).Message);

    [Fact]
    public void Parses_numbers_but_not_strings()
    {
        Assert.Equal(5m, Decimal.ParseValue(5));
        Assert.Equal(0.1m, Decimal.ParseValue(0.1));
        Assert.Throws<GraphQLError>(() => Decimal.ParseValue("5"));
    }

    [Fact]
    public void Parses_numeric_literals_exactly()
    {
        Assert.Equal(0.1m, Decimal.ParseLiteral(new FloatValueNode("0.1")));
        Assert.Equal(
            12345678901234567890.12345678m,
            Decimal.ParseLiteral(new FloatValueNode("12345678901234567890.12345678"))
        );
        Assert.Equal(1500m, Decimal.ParseLiteral(new FloatValueNode("1.5e3")));
        Assert.Equal(7m, Decimal.ParseLiteral(new IntValueNode("7")));
        Assert.Equal(
            "Decimal cannot represent non numeric value: \"7\"",
            Assert
                .Throws<GraphQLError>(() => Decimal.ParseLiteral(new StringValueNode("7")))
                .Message
        );
    }
}
