using System.Text.Json;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Differential tests: at every node of every corpus document, our TypeInfo knows what graphql-js's does.</summary>
public class TypeInfoTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> GraphQLJsTraces = new(
        AskGraphQLJs
    );

    public static TheoryData<string> Documents() => [.. ValidationCorpus.Documents.Keys];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Tracks_types_like_graphql_js(string document)
    {
        var typeInfo = new TypeInfo(ValidationSchema.Schema);
        var recorder = new Recorder(typeInfo);

        SyntaxWalker.Walk(
            Parser.Parse(ValidationCorpus.Documents[document]),
            new TypeInfoVisitor(typeInfo, recorder)
        );

        Assert.Equal(GraphQLJsTraces.Value[document], string.Join("\n", recorder.Lines));
    }

    [Fact]
    public void Starts_inside_an_initial_type()
    {
        var typeInfo = new TypeInfo(
            ValidationSchema.Schema,
            ValidationSchema.Schema.GetType("Dog")
        );

        Assert.Equal("Dog", typeInfo.Type?.ToString());
        Assert.Equal("Dog", typeInfo.ParentType?.ToString());
        Assert.Null(typeInfo.InputType);
    }

    [Fact]
    public void Leaving_more_than_was_entered_is_harmless()
    {
        var typeInfo = new TypeInfo(ValidationSchema.Schema);

        typeInfo.Leave(new FieldNode(null, new NameNode("f"), [], [], null));
        typeInfo.Leave(new ListValueNode([]));

        Assert.Null(typeInfo.Type);
        Assert.Null(typeInfo.InputType);
    }

    private static IReadOnlyDictionary<string, string> AskGraphQLJs()
    {
        var keys = ValidationCorpus.Documents.Keys.ToList();
        var input = JsonSerializer.Serialize(
            new
            {
                sdl = ValidationSchema.Sdl,
                documents = keys.Select(k => ValidationCorpus.Documents[k]).ToList(),
            }
        );
        using var output = JsonDocument.Parse(GraphQLJs.Run("typeInfo.mjs", input));
        return keys.Zip(
                output.RootElement.EnumerateArray(),
                (key, lines) =>
                    (key, string.Join("\n", lines.EnumerateArray().Select(l => l.GetString())))
            )
            .ToDictionary(x => x.key, x => x.Item2, StringComparer.Ordinal);
    }

    private sealed class Recorder(TypeInfo typeInfo) : ISyntaxVisitor
    {
        public List<string> Lines { get; } = [];

        public VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        ) => Log("enter", node);

        public VisitorAction Leave(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        ) => Log("leave", node);

        private VisitorAction Log(string visit, SyntaxNode node)
        {
            Lines.Add(
                string.Join(
                    " ",
                    $"{visit} {node.GetType().Name[..^"Node".Length]}",
                    $"parent={Show(typeInfo.ParentType)}",
                    $"type={Show(typeInfo.Type)}",
                    $"input={Show(typeInfo.InputType)}",
                    $"parentInput={Show(typeInfo.ParentInputType)}",
                    $"field={Show(typeInfo.FieldDef?.Name)}",
                    $"default={(typeInfo.DefaultValue is { } value ? Printer.Print(value) : "undefined")}",
                    $"argument={Show(typeInfo.Argument?.Name)}",
                    $"directive={Show(typeInfo.Directive?.Name)}",
                    $"enumValue={Show(typeInfo.EnumValue?.Name)}"
                )
            );
            return VisitorAction.Continue;
        }

        private static string Show(object? value) => value?.ToString() ?? "undefined";
    }
}
