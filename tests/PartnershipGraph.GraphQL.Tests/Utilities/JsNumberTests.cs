using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class JsNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(123456789.0, "123456789")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1.2345678901234568e20, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void Formats_doubles_as_javascript(double value, string expected) =>
        Assert.Equal(expected, JsNumber.Format(value));

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("  ", 0.0)]
    [InlineData("12", 12.0)]
    [InlineData(" 12 ", 12.0)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+3", 3.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("0x1F", 31.0)]
    [InlineData("0b101", 5.0)]
    [InlineData("0o17", 15.0)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Parses_strings_as_javascript_number(string text, double expected) =>
        Assert.Equal(expected, JsNumber.Parse(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("1,000")]
    [InlineData("0x")]
    [InlineData("0xZZ")]
    [InlineData("1e")]
    [InlineData("NaN")]
    [InlineData("infinity")]
    public void Non_numeric_strings_are_nan(string text) =>
        Assert.True(double.IsNaN(JsNumber.Parse(text)));

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(1.5, false)]
    [InlineData(-0.0, true)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Knows_integers(double value, bool expected) =>
        Assert.Equal(expected, JsNumber.IsInteger(value));

    [Fact]
    public void Recognises_every_clr_number_type()
    {
        object[] numbers =
        [
            (byte)1,
            (sbyte)1,
            (short)1,
            (ushort)1,
            1,
            1u,
            1L,
            1ul,
            1f,
            1d,
            1m,
            (Half)1,
            (Int128)1,
            (UInt128)1,
        ];

        Assert.All(numbers, n => Assert.Equal(1.0, JsNumber.ToDouble(n)));
        Assert.Null(JsNumber.ToDouble("1"));
        Assert.False(JsNumber.IsNumber(true));
    }
}
