using System.Net;
using PartnershipGraph.GraphQL.Http;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Validation;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>The options of <see cref="GraphQLHttpOptions"/> not covered with the behaviour they switch.</summary>
public sealed class GraphQLHttpOptionsTests
{
    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Runs_the_extra_validation_rules_after_the_specified_ones(
        string accept,
        HttpStatusCode expected
    )
    {
        await using var server = await StartAsync(o => o.ValidationRules.Add(new NoCounterRule()));

        var refused = await server.PostAsync("""{"query":"{ counter }"}""", accept: accept);
        var allowed = await server.PostAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(expected, refused.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"The counter is private."}]}""",
            await refused.Content.ReadAsStringAsync()
        );
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Uses_the_parser_limits_of_the_options()
    {
        await using var server = await StartAsync(o =>
            o.ParserOptions = new GraphQL.Language.ParserOptions { MaxTokens = 4 }
        );

        var response = await server.PostAsync(
            """{"query":"{ hello counter root }"}""",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Syntax Error: Document contains more that 4 tokens. Parsing aborted.",
            await FirstErrorAsync(response)
        );
    }

    private sealed class NoCounterRule : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
            new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            protected override VisitorAction EnterField(FieldNode node)
            {
                if (node.Name.Value == "counter")
                {
                    context.ReportError(new GraphQLError("The counter is private."));
                }
                return VisitorAction.Continue;
            }
        }
    }
}
