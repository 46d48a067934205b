using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Tests.Language.Visitor;

/// <summary>Records every call as "enter Kind[:name]" / "leave …" and answers with the actions it is given.</summary>
internal sealed class RecordingVisitor(
    Func<SyntaxNode, VisitorAction>? onEnter = null,
    Func<SyntaxNode, VisitorAction>? onLeave = null
) : ISyntaxVisitor
{
    public List<string> Calls { get; } = [];

    public List<(SyntaxNode Node, SyntaxNode? Parent, SyntaxNode[] Ancestors)> Entered { get; } =
    [];

    public VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        Calls.Add("enter " + Describe(node));
        Entered.Add((node, parent, [.. ancestors]));
        return onEnter?.Invoke(node) ?? VisitorAction.Continue;
    }

    public VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        Calls.Add("leave " + Describe(node));
        return onLeave?.Invoke(node) ?? VisitorAction.Continue;
    }

    public static string Describe(SyntaxNode node) =>
        node switch
        {
            NameNode name => "Name:" + name.Value,
            FieldNode field => "Field:" + field.Name.Value,
            _ => node.GetType().Name[..^"Node".Length],
        };
}
