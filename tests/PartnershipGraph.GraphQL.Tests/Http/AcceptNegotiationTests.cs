using PartnershipGraph.GraphQL.Http;

namespace PartnershipGraph.GraphQL.Tests.Http;

public sealed class AcceptNegotiationTests
{
    private const string Response = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", Response)]
    [InlineData("application/json, application/graphql-response+json", Response)]
    [InlineData("application/graphql-response+json, */*;q=0.8", Response)]
    [InlineData("application/graphql-response+json;q=0.9, application/json", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", Response)]
    [InlineData("application/json;q=0, */*", Response)]
    [InlineData("text/html, application/graphql-response+json;charset=utf-8", Response)]
    [InlineData("application/graphql-response+json;charset=latin1, application/json", Json)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Json)]
    public void Selects_the_preferred_GraphQL_media_type(string? accept, string expected)
    {
        Assert.Equal(expected, AcceptNegotiation.SelectResponseMediaType(accept));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("application/json;charset=utf-16")]
    [InlineData("not a media type;;;")]
    public void Selects_nothing_when_neither_is_acceptable(string accept)
    {
        Assert.Null(AcceptNegotiation.SelectResponseMediaType(accept));
    }
}
