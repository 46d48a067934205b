using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>A visitor that continues everywhere; override only what you need.</summary>
public abstract class SyntaxVisitor : ISyntaxVisitor
{
    /// <inheritdoc/>
    public virtual VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    ) => VisitorAction.Continue;

    /// <inheritdoc/>
    public virtual VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    ) => VisitorAction.Continue;
}
