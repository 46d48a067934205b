using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class StringTypeTests
{
    private static readonly ScalarType String = BuiltInScalars.String;

    [Theory]
    [InlineData("string", "string")]
    [InlineData(1, "1")]
    [InlineData(-1.1, "-1.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData('x', "x")]
    public void Serializes_strings_booleans_and_numbers(object value, string expected) =>
        Assert.Equal(expected, String.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "String cannot represent value: NaN")]
    [InlineData(null, "String cannot represent value: null")]
    public void Serialize_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => String.Serialize(value)).Message);

    [Fact]
    public void Serialize_rejects_lists_and_objects()
    {
        Assert.Equal(
            "String cannot represent value: [1, 2]",
            Assert.Throws<GraphQLError>(() => String.Serialize(new List<int> { 1, 2 })).Message
        );
        Assert.Equal(
            "String cannot represent value: { a: 1 }",
            Assert
                .Throws<GraphQLError>(() =>
                    String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })
                )
                .Message
        );
    }

    [Theory]
    [InlineData(null, "String cannot represent a non string value: null")]
    [InlineData(1, "String cannot represent a non string value: 1")]
    [InlineData(true, "String cannot represent a non string value: true")]
    public void Parse_value_accepts_only_strings(object? value, string message)
    {
        Assert.Equal("foo", String.ParseValue("foo"));
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => String.ParseValue(value)).Message);
    }

    [Fact]
    public void Parse_literal_accepts_only_strings()
    {
        Assert.Equal("foo", String.ParseLiteral(new StringValueNode("foo")));
        Assert.Equal("block", String.ParseLiteral(new StringValueNode("block", true)));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<GraphQLError>(() => String.ParseLiteral(new IntValueNode("1"))).Message
        );
        Assert.Equal(
            "String cannot represent a non string value: [\"a\"]",
            Assert
                .Throws<GraphQLError>(() =>
                    String.ParseLiteral(new ListValueNode([new StringValueNode("a")]))
                )
                .Message
        );
    }
}
