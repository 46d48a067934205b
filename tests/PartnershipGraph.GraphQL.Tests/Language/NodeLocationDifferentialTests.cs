using System.Text.Json;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Every node's kind and location, in walking order, against graphql-js's <c>visit</c> of its own parse.</summary>
public sealed class NodeLocationDifferentialTests
{
    private static readonly Lazy<Dictionary<string, string>> Expected = new(() =>
        GraphQLJsNodes(DifferentialDocuments.Valid.Values.Distinct().ToList())
    );

    private static Dictionary<string, string> GraphQLJsNodes(List<string> sources)
    {
        var input = JsonSerializer.Serialize(
            sources.Select(source => new { codes = source.Select(c => (int)c) })
        );
        using var output = JsonDocument.Parse(GraphQLJs.Run("nodes.mjs", input));
        return sources
            .Zip(output.RootElement.EnumerateArray())
            .ToDictionary(
                pair => pair.First,
                pair => string.Join("\n", pair.Second.EnumerateArray().Select(l => l.GetString()))
            );
    }

    public static TheoryData<string> ValidNames => new(DifferentialDocuments.Valid.Keys);

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Locates_and_walks_every_node_as_graphql_js_does(string name)
    {
        var source = DifferentialDocuments.Valid[name];
        Assert.Equal(Expected.Value[source], Describe(Parser.Parse(source, ParseOracle.Unlimited)));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Locates_and_walks_generated_documents_as_graphql_js_does(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var sources = Enumerable
            .Range(0, 300)
            .Select(_ => generator.Document())
            .Where(source => ParseOracle.Ours(source).Printed is not null)
            .Distinct()
            .ToList();
        var expected = GraphQLJsNodes(sources);
        Assert.True(sources.Count > 200);
        Assert.All(
            sources,
            source =>
                Assert.Equal(
                    expected[source],
                    Describe(Parser.Parse(source, ParseOracle.Unlimited))
                )
        );
    }

    private static string Describe(DocumentNode document)
    {
        var recorder = new Recorder();
        SyntaxWalker.Walk(document, recorder);
        return string.Join("\n", recorder.Lines);
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            var kind = node.GetType().Name[..^"Node".Length];
            var location = node.Location!;
            var position = node is DocumentNode ? "" : $" {location.Line}:{location.Column}";
            Lines.Add($"{kind} {location.Start}-{location.End}{position}");
            return VisitorAction.Continue;
        }
    }
}
