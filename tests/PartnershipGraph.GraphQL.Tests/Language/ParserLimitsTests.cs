using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>The limits of <see cref="ParserOptions"/>: a clean syntax error, never a crash.</summary>
public sealed class ParserLimitsTests
{
    [Fact]
    public void Defaults_are_15000_tokens_and_64_levels_with_locations()
    {
        var options = new ParserOptions();
        Assert.Equal(15000, options.MaxTokens);
        Assert.Equal(64, options.MaxDepth);
        Assert.False(options.NoLocation);
    }

    [Theory]
    [InlineData("{ a b c d e }", 5)]
    [InlineData("{ a b c d e }", 6)]
    [InlineData("{ a b c d e }", 7)]
    [InlineData("# comments are not tokens\n{ a # nor here\n b }", 4)]
    [InlineData("{ a(x: [1, 2, 3]) }", 10)]
    [InlineData("query Q($a: Int = 1) @d { a }", 12)]
    public void Token_limit_matches_graphql_js(string source, int maxTokens)
    {
        var expected = ParseOracle.GraphQLJs([source], options: new { maxTokens })[0];
        var actual = ParseOracle.Ours(source, options: new ParserOptions { MaxTokens = maxTokens });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Reports_the_token_limit_with_graphql_js_wording()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20000)) + "}";
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));
        Assert.Equal(
            "Syntax Error: Document contains more that 15000 tokens. Parsing aborted.",
            error.Message
        );
        Assert.Equal(new SourceLocation(1, 30001), Assert.Single(error.Locations));
    }

    [Fact]
    public void A_document_at_the_token_limit_parses()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 14998)) + "}";
        Assert.Single(Parser.Parse(source).Definitions);
    }

    [Theory]
    [InlineData("selection sets", 64)]
    [InlineData("list values", 63)]
    [InlineData("object values", 63)]
    [InlineData("list types", 64)]
    public void Rejects_nesting_deeper_than_the_limit(string kind, int allowed)
    {
        // The selection set around an argument counts as one level.
        var ok = Nest(kind, allowed);
        var tooDeep = Nest(kind, allowed + 1);
        Parser.Parse(ok);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(tooDeep));
        Assert.Equal(
            "Syntax Error: Document nesting is deeper than 64 levels. Parsing aborted.",
            error.Message
        );
        Assert.Single(error.Locations);
    }

    [Fact]
    public void The_depth_limit_can_be_raised()
    {
        var source = Nest("selection sets", 500);
        Assert.Throws<GraphQLError>(() => Parser.Parse(source));
        Parser.Parse(source, new ParserOptions { MaxDepth = 500 });
    }

    [Theory]
    [InlineData("selection sets")]
    [InlineData("list values")]
    [InlineData("object values")]
    [InlineData("list types")]
    public void Nesting_of_100000_levels_is_a_syntax_error_even_without_limits(string kind)
    {
        var source = Nest(kind, 100_000);
        var unlimited = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source, unlimited));
        Assert.StartsWith("Syntax Error: Document nesting is ", error.Message);
    }

    [Fact]
    public void Without_locations_no_node_has_one()
    {
        var document = Parser.Parse(
            DifferentialDocuments.Valid["executable kitchen sink"],
            new ParserOptions { NoLocation = true }
        );
        var nodes = new List<SyntaxNode>();
        PartnershipGraph.GraphQL.Language.Visitor.SyntaxWalker.Walk(document, new Collector(nodes));
        Assert.True(nodes.Count > 100);
        Assert.All(nodes, node => Assert.Null(node.Location));
    }

    [Fact]
    public void With_locations_every_node_has_one()
    {
        var document = Parser.Parse(DifferentialDocuments.Valid["sdl kitchen sink"]);
        var nodes = new List<SyntaxNode>();
        PartnershipGraph.GraphQL.Language.Visitor.SyntaxWalker.Walk(document, new Collector(nodes));
        Assert.True(nodes.Count > 100);
        Assert.All(nodes, node => Assert.NotNull(node.Location));
    }

    private static string Nest(string kind, int depth) =>
        kind switch
        {
            "selection sets" => Repeat("{ a ", depth) + Repeat("} ", depth),
            "list values" => "{ a(b: " + Repeat("[", depth) + "1" + Repeat("]", depth) + ") }",
            "object values" => "{ a(b: " + Repeat("{c: ", depth) + "1" + Repeat("}", depth) + ") }",
            _ => "query ($v: " + Repeat("[", depth) + "Int" + Repeat("]", depth) + ") { a }",
        };

    private static string Repeat(string text, int count) =>
        new System.Text.StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private sealed class Collector(List<SyntaxNode> nodes)
        : PartnershipGraph.GraphQL.Language.Visitor.SyntaxVisitor
    {
        public override PartnershipGraph.GraphQL.Language.Visitor.VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            nodes.Add(node);
            return PartnershipGraph.GraphQL.Language.Visitor.VisitorAction.Continue;
        }
    }
}
