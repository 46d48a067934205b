using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>Runs many visitors in one walk, each skipping and breaking on its own (graphql-js's <c>visitInParallel</c>).</summary>
public sealed class ParallelVisitor : ISyntaxVisitor
{
    private readonly ISyntaxVisitor[] _visitors;

    // Per visitor: null while active, the node whose subtree it skips, or Broken once it broke.
    private readonly SyntaxNode?[] _skipping;
    private int _broken;

    /// <summary>Combines the visitors; they are called in the order given.</summary>
    public ParallelVisitor(IEnumerable<ISyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
    }

    private static readonly SyntaxNode Broken = new NameNode("<broken>");

    /// <inheritdoc/>
    public VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        if (parent is null)
        {
            // A new walk begins at its root: forget the skips and breaks of an earlier one.
            Array.Clear(_skipping);
            _broken = 0;
        }
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }
            switch (_visitors[i].Enter(node, parent, ancestors))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = Broken;
                    _broken++;
                    break;
            }
        }
        return _broken == _visitors.Length ? VisitorAction.Break : VisitorAction.Continue;
    }

    /// <inheritdoc/>
    public VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node, parent, ancestors) == VisitorAction.Break)
                {
                    _skipping[i] = Broken;
                    _broken++;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        return _broken == _visitors.Length ? VisitorAction.Break : VisitorAction.Continue;
    }
}
