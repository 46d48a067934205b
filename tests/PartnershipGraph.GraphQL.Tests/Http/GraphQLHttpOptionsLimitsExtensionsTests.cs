using System.Net;
using PartnershipGraph.GraphQL.Http;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation.Limits;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

public sealed class GraphQLHttpOptionsLimitsExtensionsTests
{
    [Fact]
    public void Sets_the_rules_parser_execution_and_body_limits_and_keeps_the_rest()
    {
        var options = new GraphQLHttpOptions
        {
            ParserOptions = new ParserOptions { MaxDepth = 9 },
            ExecutionOptions = new GraphQL.Execution.ExecutionOptions { DocumentCacheSize = 7 },
        };
        var limits = new GraphQLLimits
        {
            MaxTokens = 123,
            Timeout = TimeSpan.FromSeconds(4),
            MaxRequestBodySize = 2048,
        };

        options.UseLimits(limits);

        Assert.Equal(
            ["MaxDepthRule", "MaxFieldsRule", "CostRule"],
            options.ValidationRules.Select(r => r.Name)
        );
        Assert.Equal(new ParserOptions { MaxTokens = 123, MaxDepth = 9 }, options.ParserOptions);
        Assert.Equal(TimeSpan.FromSeconds(4), options.ExecutionOptions.Timeout);
        Assert.Equal(7, options.ExecutionOptions.DocumentCacheSize);
        Assert.Equal(2048, options.MaxRequestBodySize);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Answers_an_alias_bomb_with_a_GraphQL_error(
        string accept,
        HttpStatusCode expected
    )
    {
        await using var server = await StartAsync(o =>
            o.UseLimits(new GraphQLLimits { MaxFields = 2 })
        );

        var refused = await server.PostAsync(
            """{"query":"{ a: hello b: hello c: hello }"}""",
            accept: accept
        );
        var allowed = await server.PostAsync(
            """{"query":"{ a: hello b: hello }"}""",
            accept: accept
        );

        Assert.Equal(expected, refused.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"The query selects 3 fields, more than the maximum of 2 fields.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_FIELDS_EXCEEDED","limit":2,"actual":3}}]}""",
            await refused.Content.ReadAsStringAsync()
        );
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(
            """{"data":{"a":"Hello, world!","b":"Hello, world!"}}""",
            await allowed.Content.ReadAsStringAsync()
        );
    }

    [Fact]
    public async Task Answers_a_too_large_body_with_413()
    {
        await using var server = await StartAsync(o =>
            o.UseLimits(new GraphQLLimits { MaxRequestBodySize = 64 })
        );

        var response = await server.PostAsync(
            "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\""
                + new string('x', 100)
                + "\"}}"
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
