using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private static readonly EnumType Color = (EnumType)TestSchemas.Type("Color");

    [Fact]
    public void Serializes_clr_values_to_names()
    {
        Assert.Equal("RED", Color.Serialize(0));
        Assert.Equal("BLUE", Color.Serialize(2));
    }

    [Theory]
    [InlineData("RED", "Enum \"Color\" cannot represent value: \"RED\"")]
    [InlineData(5, "Enum \"Color\" cannot represent value: 5")]
    [InlineData(null, "Enum \"Color\" cannot represent value: null")]
    public void Serialize_rejects_unknown_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Color.Serialize(value)).Message);

    [Fact]
    public void Parses_names_to_clr_values() => Assert.Equal(1, Color.ParseValue("GREEN"));

    [Theory]
    [InlineData(
        "red",
        "Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?"
    )]
    [InlineData("PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    [InlineData(0, "Enum \"Color\" cannot represent non-string value: 0.")]
    [InlineData(null, "Enum \"Color\" cannot represent non-string value: null.")]
    public void Parse_value_rejects_other_values(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Color.ParseValue(value)).Message);

    [Fact]
    public void Parses_enum_literals() =>
        Assert.Equal(2, Color.ParseLiteral(new EnumValueNode("BLUE")));

    [Fact]
    public void Parse_literal_rejects_strings_with_a_suggestion() =>
        Assert.Equal(
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert
                .Throws<GraphQLError>(() => Color.ParseLiteral(new StringValueNode("RED")))
                .Message
        );

    [Fact]
    public void Parse_literal_rejects_unknown_names() =>
        Assert.Equal(
            "Value \"BLEU\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?",
            Assert.Throws<GraphQLError>(() => Color.ParseLiteral(new EnumValueNode("BLEU"))).Message
        );

    [Fact]
    public void Looks_values_up_by_name_and_clr_value()
    {
        Assert.Equal("GREEN", Color.GetValue("GREEN")?.Name);
        Assert.Null(Color.GetValue("green"));
        Assert.Equal("BLUE", Color.GetValueByClrValue(2)?.Name);
        Assert.Null(Color.GetValueByClrValue(null));
    }
}
