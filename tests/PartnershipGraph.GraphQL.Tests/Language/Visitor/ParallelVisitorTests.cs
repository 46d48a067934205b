using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Tests.Language.Visitor;

public sealed class ParallelVisitorTests
{
    private static readonly DocumentNode Document = Parser.Parse("{ a { x } b { y } }");

    [Fact]
    public void Calls_every_visitor_for_every_node_in_order()
    {
        var calls = new List<string>();
        var first = new Tagging("1", calls);
        var second = new Tagging("2", calls);
        SyntaxWalker.Walk(Parser.Parse("{ a }"), new ParallelVisitor([first, second]));
        Assert.Equal(
            [
                "1 enter Document",
                "2 enter Document",
                "1 enter OperationDefinition",
                "2 enter OperationDefinition",
            ],
            calls.Take(4)
        );
        Assert.Equal(["1 leave Document", "2 leave Document"], calls.TakeLast(2));
    }

    [Fact]
    public void A_visitor_that_skips_misses_the_subtree_while_the_others_see_it()
    {
        var skipping = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Skip : VisitorAction.Continue
        );
        var watching = new RecordingVisitor();
        SyntaxWalker.Walk(Document, new ParallelVisitor([skipping, watching]));
        Assert.DoesNotContain("enter Field:x", skipping.Calls);
        Assert.DoesNotContain("leave Field:a", skipping.Calls);
        Assert.Contains("enter Field:b", skipping.Calls);
        Assert.Contains("enter Field:y", skipping.Calls);
        Assert.Contains("enter Field:x", watching.Calls);
        Assert.Equal(Walked(Document).Calls, watching.Calls);
    }

    [Fact]
    public void A_visitor_that_breaks_stops_while_the_others_go_on()
    {
        var breaking = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "x" } ? VisitorAction.Break : VisitorAction.Continue
        );
        var watching = new RecordingVisitor();
        SyntaxWalker.Walk(Document, new ParallelVisitor([breaking, watching]));
        Assert.Equal("enter Field:x", breaking.Calls[^1]);
        Assert.Equal(Walked(Document).Calls, watching.Calls);
    }

    [Fact]
    public void A_visitor_that_breaks_on_leave_stops()
    {
        var breaking = new RecordingVisitor(onLeave: node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Break : VisitorAction.Continue
        );
        SyntaxWalker.Walk(Document, new ParallelVisitor([breaking, new RecordingVisitor()]));
        Assert.Equal("leave Field:a", breaking.Calls[^1]);
    }

    [Fact]
    public void The_walk_stops_when_every_visitor_has_broken()
    {
        var first = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Break : VisitorAction.Continue
        );
        var second = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "x" } ? VisitorAction.Break : VisitorAction.Continue
        );
        var walked = new List<string>();
        var parallel = new ParallelVisitor([first, second]);
        SyntaxWalker.Walk(Document, new Spy(parallel, walked));
        Assert.Equal("enter Field:x", walked[^1]);
    }

    [Fact]
    public void Can_be_reused_for_another_walk()
    {
        var breaking = new RecordingVisitor(node =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Break : VisitorAction.Continue
        );
        var parallel = new ParallelVisitor([breaking]);
        SyntaxWalker.Walk(Document, parallel);
        SyntaxWalker.Walk(Document, parallel);
        Assert.Equal(2, breaking.Calls.Count(c => c == "enter Field:a"));
    }

    [Fact]
    public void With_no_visitors_the_walk_breaks_at_once()
    {
        Assert.Equal(VisitorAction.Break, new ParallelVisitor([]).Enter(Document, null, []));
    }

    private static RecordingVisitor Walked(SyntaxNode node)
    {
        var visitor = new RecordingVisitor();
        SyntaxWalker.Walk(node, visitor);
        return visitor;
    }

    private sealed class Tagging(string tag, List<string> calls) : SyntaxVisitor
    {
        public override VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            calls.Add($"{tag} enter {RecordingVisitor.Describe(node)}");
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            calls.Add($"{tag} leave {RecordingVisitor.Describe(node)}");
            return VisitorAction.Continue;
        }
    }

    private sealed class Spy(ISyntaxVisitor inner, List<string> calls) : ISyntaxVisitor
    {
        public VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            calls.Add("enter " + RecordingVisitor.Describe(node));
            return inner.Enter(node, parent, ancestors);
        }

        public VisitorAction Leave(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            calls.Add("leave " + RecordingVisitor.Describe(node));
            return inner.Leave(node, parent, ancestors);
        }
    }
}
