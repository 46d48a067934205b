using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class UuidTypeTests
{
    private const string Text = "0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e7f";
    private static readonly ScalarType Uuid = ExtendedScalars.Uuid;

    [Fact]
    public void Serializes_guids_in_hyphenated_lower_case()
    {
        Assert.Equal(Text, Uuid.Serialize(Guid.Parse(Text)));
        Assert.Equal(Text, Uuid.Serialize(Text.ToUpperInvariant()));
    }

    [Fact]
    public void Parses_hyphenated_uuids()
    {
        Assert.Equal(Guid.Parse(Text), Uuid.ParseValue(Text));
        Assert.Equal(Guid.Parse(Text), Uuid.ParseLiteral(new StringValueNode(Text)));
    }

    [Theory]
    [InlineData("0190c2d67b1e7a519c1e2f3b4c5d6e7f")]
    [InlineData("{0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e7f}")]
    [InlineData("not-a-uuid")]
    public void Rejects_other_forms(string text) =>
        Assert.Equal(
            $"UUID cannot represent an invalid UUID: \"{text}\"",
            Assert.Throws<GraphQLError>(() => Uuid.ParseValue(text)).Message
        );

    [Fact]
    public void Serialize_rejects_non_guids() =>
        Assert.Equal(
            "UUID cannot represent value: 42",
            Assert.Throws<GraphQLError>(() => Uuid.Serialize(42)).Message
        );
}
