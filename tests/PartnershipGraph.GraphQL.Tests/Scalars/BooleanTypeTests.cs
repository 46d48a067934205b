using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class BooleanTypeTests
{
    private static readonly ScalarType Boolean = BuiltInScalars.Boolean;

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-0.5, true)]
    public void Serializes_booleans_and_numbers(object value, bool expected) =>
        Assert.Equal(expected, Boolean.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "Boolean cannot represent a non boolean value: NaN")]
    [InlineData("", "Boolean cannot represent a non boolean value: \"\"")]
    [InlineData("true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData(null, "Boolean cannot represent a non boolean value: null")]
    public void Serialize_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Boolean.Serialize(value)).Message);

    [Theory]
    [InlineData(0, "Boolean cannot represent a non boolean value: 0")]
    [InlineData("false", "Boolean cannot represent a non boolean value: \"false\"")]
    [InlineData(null, "Boolean cannot represent a non boolean value: null")]
    public void Parse_value_accepts_only_booleans(object? value, string message)
    {
        Assert.Equal(true, Boolean.ParseValue(true));
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Boolean.ParseValue(value)).Message);
    }

    [Fact]
    public void Parse_literal_accepts_only_booleans()
    {
        Assert.Equal(false, Boolean.ParseLiteral(new BooleanValueNode(false)));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: 1",
            Assert.Throws<GraphQLError>(() => Boolean.ParseLiteral(new IntValueNode("1"))).Message
        );
        Assert.Equal(
            "Boolean cannot represent a non boolean value: TRUE",
            Assert
                .Throws<GraphQLError>(() => Boolean.ParseLiteral(new EnumValueNode("TRUE")))
                .Message
        );
    }
}
