using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class IdTypeTests
{
    private static readonly ScalarType Id = BuiltInScalars.ID;

    [Theory]
    [InlineData("string", "string")]
    [InlineData("false", "false")]
    [InlineData("", "")]
    [InlineData(123, "123")]
    [InlineData(0, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(1e3, "1000")]
    public void Serializes_strings_and_integers(object value, string expected) =>
        Assert.Equal(expected, Id.Serialize(value));

    [Fact]
    public void Serializes_guids_as_strings()
    {
        var guid = Guid.Parse("0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e7f");
        Assert.Equal("0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e7f", Id.Serialize(guid));
    }

    [Theory]
    [InlineData(true, "ID cannot represent value: true")]
    [InlineData(3.14, "ID cannot represent value: 3.14")]
    [InlineData(null, "ID cannot represent value: null")]
    public void Serialize_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Id.Serialize(value)).Message);

    [Theory]
    [InlineData("1", "1")]
    [InlineData(1, "1")]
    [InlineData(9007199254740991L, "9007199254740991")]
    public void Parse_value_accepts_strings_and_integers(object value, string expected) =>
        Assert.Equal(expected, Id.ParseValue(value));

    [Theory]
    [InlineData(null, "ID cannot represent value: null")]
    [InlineData(true, "ID cannot represent value: true")]
    [InlineData(0.1, "ID cannot represent value: 0.1")]
    public void Parse_value_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Id.ParseValue(value)).Message);

    [Fact]
    public void Parse_literal_accepts_strings_and_integers()
    {
        Assert.Equal("1", Id.ParseLiteral(new IntValueNode("1")));
        Assert.Equal("abc", Id.ParseLiteral(new StringValueNode("abc")));
        Assert.Equal("9007199254740993", Id.ParseLiteral(new IntValueNode("9007199254740993")));
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.0",
            Assert.Throws<GraphQLError>(() => Id.ParseLiteral(new FloatValueNode("1.0"))).Message
        );
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: null",
            Assert.Throws<GraphQLError>(() => Id.ParseLiteral(new NullValueNode())).Message
        );
    }
}
