using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class IntTypeTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    public static TheoryData<object?, int> SerializableValues =>
        new()
        {
            { 1, 1 },
            { 123L, 123 },
            { 0.0, 0 },
            { -1.0, -1 },
            { 1e5, 100000 },
            { 2147483647.0, int.MaxValue },
            { -2147483648L, int.MinValue },
            { 5m, 5 },
            { (short)7, 7 },
            { "123", 123 },
            { " 12 ", 12 },
            { "0x1F", 31 },
            { "1e3", 1000 },
            { true, 1 },
            { false, 0 },
        };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_integral_values(object? value, int expected) =>
        Assert.Equal(expected, Int.Serialize(value));

    [Theory]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(1.1, "Int cannot represent non-integer value: 1.1")]
    [InlineData(-1.1, "Int cannot represent non-integer value: -1.1")]
    [InlineData("-1.1", "Int cannot represent non-integer value: \"-1.1\"")]
    [InlineData(9876504321.0, "Int cannot represent non 32-bit signed integer value: 9876504321")]
    [InlineData(-9876504321L, "Int cannot represent non 32-bit signed integer value: -9876504321")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    [InlineData(-1e100, "Int cannot represent non 32-bit signed integer value: -1e+100")]
    [InlineData("one", "Int cannot represent non-integer value: \"one\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    public void Serialize_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Int.Serialize(value)).Message);

    [Fact]
    public void Serialize_rejects_lists_and_objects()
    {
        Assert.Equal(
            "Int cannot represent non-integer value: [5]",
            Assert.Throws<GraphQLError>(() => Int.Serialize(new[] { 5 })).Message
        );
        Assert.Equal(
            "Int cannot represent non-integer value: {}",
            Assert
                .Throws<GraphQLError>(() => Int.Serialize(new Dictionary<string, object?>()))
                .Message
        );
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(-1L, -1)]
    [InlineData(1e3, 1000)]
    [InlineData(2147483647L, 2147483647)]
    public void Parses_integral_values(object value, int expected) =>
        Assert.Equal(expected, Int.ParseValue(value));

    [Theory]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData(false, "Int cannot represent non-integer value: false")]
    [InlineData("123", "Int cannot represent non-integer value: \"123\"")]
    [InlineData(
        9007199254740992.0,
        "Int cannot represent non 32-bit signed integer value: 9007199254740992"
    )]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    public void Parse_value_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Int.ParseValue(value)).Message);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("-2147483648", -2147483648)]
    public void Parses_int_literals(string literal, int expected) =>
        Assert.Equal(expected, Int.ParseLiteral(new IntValueNode(literal)));

    public static TheoryData<ValueNode, string> InvalidLiterals =>
        new()
        {
            {
                new IntValueNode("2147483648"),
                "Int cannot represent non 32-bit signed integer value: 2147483648"
            },
            {
                new IntValueNode("-2147483649"),
                "Int cannot represent non 32-bit signed integer value: -2147483649"
            },
            {
                new IntValueNode("1000000000000000000000"),
                "Int cannot represent non 32-bit signed integer value: 1000000000000000000000"
            },
            { new FloatValueNode("1.0"), "Int cannot represent non-integer value: 1.0" },
            { new NullValueNode(), "Int cannot represent non-integer value: null" },
            { new StringValueNode("123"), "Int cannot represent non-integer value: \"123\"" },
            { new BooleanValueNode(false), "Int cannot represent non-integer value: false" },
            {
                new ListValueNode([new IntValueNode("123")]),
                "Int cannot represent non-integer value: [123]"
            },
            {
                new ObjectValueNode([
                    new ObjectFieldNode(new NameNode("value"), new IntValueNode("123")),
                ]),
                "Int cannot represent non-integer value: {value: 123}"
            },
            {
                new EnumValueNode("ENUM_VALUE"),
                "Int cannot represent non-integer value: ENUM_VALUE"
            },
            {
                new VariableNode(new NameNode("var")),
                "Int cannot represent non-integer value: $var"
            },
        };

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void Parse_literal_rejects_other_literals(ValueNode literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Int.ParseLiteral(literal)).Message);

    [Fact]
    public void Literal_errors_point_at_the_literal()
    {
        var literal = new StringValueNode("x") { Location = new Location(4, 7, 2, 3) };

        var error = Assert.Throws<GraphQLError>(() => Int.ParseLiteral(literal));

        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
    }
}
