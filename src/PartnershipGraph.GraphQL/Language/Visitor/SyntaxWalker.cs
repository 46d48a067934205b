using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>Walks a syntax tree depth-first in document order, as graphql-js's <c>visit</c> does, without recursion.</summary>
public static class SyntaxWalker
{
    /// <summary>Visits <paramref name="root"/> and every node below it.</summary>
    public static void Walk(SyntaxNode root, ISyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var ancestors = new List<SyntaxNode>();
        var action = visitor.Enter(root, null, ancestors);
        if (action != VisitorAction.Continue)
        {
            return;
        }
        // Children of every node on the path wait in one buffer; a frame knows its slice and position.
        var children = new List<SyntaxNode>();
        var frames = new Stack<Frame>();
        frames.Push(Open(root, children));
        ancestors.Add(root);
        while (frames.Count > 0)
        {
            var frame = frames.Pop();
            if (frame.Next < frame.End)
            {
                var child = children[frame.Next];
                frames.Push(frame with { Next = frame.Next + 1 });
                action = visitor.Enter(child, frame.Node, ancestors);
                if (action == VisitorAction.Break)
                {
                    return;
                }
                if (action == VisitorAction.Continue)
                {
                    frames.Push(Open(child, children));
                    ancestors.Add(child);
                }
                continue;
            }
            children.RemoveRange(frame.Start, children.Count - frame.Start);
            ancestors.RemoveAt(ancestors.Count - 1);
            var parent = ancestors.Count > 0 ? ancestors[^1] : null;
            if (visitor.Leave(frame.Node, parent, ancestors) == VisitorAction.Break)
            {
                return;
            }
        }
    }

    private static Frame Open(SyntaxNode node, List<SyntaxNode> children)
    {
        var start = children.Count;
        SyntaxChildren.AddTo(node, children);
        return new Frame(node, start, start, children.Count);
    }

    private readonly record struct Frame(SyntaxNode Node, int Start, int Next, int End);
}
