using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Tests.Language.Visitor;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Enters_and_leaves_every_node_in_document_order()
    {
        var visitor = new RecordingVisitor();
        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) { b } }"), visitor);
        Assert.Equal(
            [
                "enter Document",
                "enter OperationDefinition",
                "enter SelectionSet",
                "enter Field:a",
                "enter Name:a",
                "leave Name:a",
                "enter Argument",
                "enter Name:x",
                "leave Name:x",
                "enter IntValue",
                "leave IntValue",
                "leave Argument",
                "enter SelectionSet",
                "enter Field:b",
                "enter Name:b",
                "leave Name:b",
                "leave Field:b",
                "leave SelectionSet",
                "leave Field:a",
                "leave SelectionSet",
                "leave OperationDefinition",
                "leave Document",
            ],
            visitor.Calls
        );
    }

    [Fact]
    public void Skip_on_enter_skips_the_children_and_the_leave()
    {
        var visitor = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Skip : VisitorAction.Continue
        );
        SyntaxWalker.Walk(Parser.Parse("{ a { x } b }"), visitor);
        Assert.Contains("enter Field:a", visitor.Calls);
        Assert.DoesNotContain("leave Field:a", visitor.Calls);
        Assert.DoesNotContain("enter Field:x", visitor.Calls);
        Assert.Contains("enter Field:b", visitor.Calls);
        Assert.Equal("leave Document", visitor.Calls[^1]);
    }

    [Fact]
    public void Break_on_enter_stops_at_once()
    {
        var visitor = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "b" } ? VisitorAction.Break : VisitorAction.Continue
        );
        SyntaxWalker.Walk(Parser.Parse("{ a b c }"), visitor);
        Assert.Equal("enter Field:b", visitor.Calls[^1]);
        Assert.DoesNotContain("enter Field:c", visitor.Calls);
    }

    [Fact]
    public void Break_on_leave_stops_at_once()
    {
        var visitor = new RecordingVisitor(onLeave: node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Break : VisitorAction.Continue
        );
        SyntaxWalker.Walk(Parser.Parse("{ a b }"), visitor);
        Assert.Equal("leave Field:a", visitor.Calls[^1]);
    }

    [Fact]
    public void Skip_on_the_root_visits_nothing_else()
    {
        var visitor = new RecordingVisitor(_ => VisitorAction.Skip);
        SyntaxWalker.Walk(Parser.Parse("{ a }"), visitor);
        Assert.Equal(["enter Document"], visitor.Calls);
    }

    [Fact]
    public void Gives_each_node_its_parent_and_ancestors_from_the_root()
    {
        var document = Parser.Parse("query Q { a { b } }");
        var visitor = new RecordingVisitor();
        SyntaxWalker.Walk(document, visitor);
        var b = visitor.Entered.Single(e => e.Node is FieldNode { Name.Value: "b" });
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var a = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Same(a.SelectionSet, b.Parent);
        Assert.Equal<SyntaxNode>(
            [document, operation, operation.SelectionSet, a, a.SelectionSet!],
            b.Ancestors
        );
        var root = visitor.Entered[0];
        Assert.Null(root.Parent);
        Assert.Empty(root.Ancestors);
    }

    [Fact]
    public void Visits_descriptions_before_names()
    {
        var visitor = new RecordingVisitor();
        SyntaxWalker.Walk(
            Parser.Parse("\"d\" type T { \"f\" f(\"a\" a: Int = 1 @x): [T!] }"),
            visitor
        );
        var entered = visitor.Calls.Where(c => c.StartsWith("enter", StringComparison.Ordinal));
        Assert.Equal(
            [
                "enter Document",
                "enter ObjectTypeDefinition",
                "enter StringValue",
                "enter Name:T",
                "enter FieldDefinition",
                "enter StringValue",
                "enter Name:f",
                "enter InputValueDefinition",
                "enter StringValue",
                "enter Name:a",
                "enter NamedType",
                "enter Name:Int",
                "enter IntValue",
                "enter Directive",
                "enter Name:x",
                "enter ListType",
                "enter NonNullType",
                "enter NamedType",
                "enter Name:T",
            ],
            entered
        );
    }

    [Fact]
    public void Walks_a_tree_100000_levels_deep_without_recursion()
    {
        TypeNode type = new NamedTypeNode(new NameNode("Int"));
        for (var i = 0; i < 100_000; i++)
        {
            type = new ListTypeNode(type);
        }
        var visitor = new Counting();
        SyntaxWalker.Walk(type, visitor);
        Assert.Equal(100_002, visitor.Entered);
        Assert.Equal(100_002, visitor.Left);
        Assert.Equal(100_001, visitor.DeepestAncestors);
    }

    [Fact]
    public void Lists_the_children_of_a_node_in_visiting_order()
    {
        var field = (FieldNode)
            ((OperationDefinitionNode)Parser.Parse("{ x: a(b: 1) @c { d } }").Definitions[0])
                .SelectionSet
                .Selections[0];
        Assert.Equal<SyntaxNode>(
            [
                field.Alias!,
                field.Name,
                field.Arguments[0],
                field.Directives[0],
                field.SelectionSet!,
            ],
            SyntaxChildren.Of(field)
        );
    }

    private sealed class Counting : SyntaxVisitor
    {
        public int Entered { get; private set; }

        public int Left { get; private set; }

        public int DeepestAncestors { get; private set; }

        public override VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            Entered++;
            DeepestAncestors = Math.Max(DeepestAncestors, ancestors.Count);
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            Left++;
            return VisitorAction.Continue;
        }
    }
}
