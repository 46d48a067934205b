using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class UrlTypeTests
{
    private static readonly ScalarType Url = ExtendedScalars.Url;

    [Fact]
    public void Serializes_absolute_uris()
    {
        Assert.Equal(
            "https://example.org/plans/1",
            Url.Serialize(new Uri("https://example.org/plans/1"))
        );
        Assert.Equal("https://example.org/a%20b", Url.Serialize("https://example.org/a b"));
    }

    [Fact]
    public void Serialize_rejects_relative_uris() =>
        Assert.Equal(
            "URL cannot represent value: \"/plans/1\"",
            Assert
                .Throws<GraphQLError>(() => Url.Serialize(new Uri("/plans/1", UriKind.Relative)))
                .Message
        );

    [Fact]
    public void Parses_absolute_urls()
    {
        Assert.Equal(
            new Uri("https://example.org/x?y=1"),
            Url.ParseValue("https://example.org/x?y=1")
        );
        Assert.Equal(
            new Uri("mailto:a@example.org"),
            Url.ParseLiteral(new StringValueNode("mailto:a@example.org"))
        );
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("/relative")]
    [InlineData("")]
    public void Rejects_strings_that_are_not_absolute_urls(string text) =>
        Assert.Equal(
            $"URL cannot represent an invalid URL: \"{text}\"",
            Assert.Throws<GraphQLError>(() => Url.ParseValue(text)).Message
        );
}
