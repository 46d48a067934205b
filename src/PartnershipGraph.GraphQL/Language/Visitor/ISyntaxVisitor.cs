using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>Receives the nodes of a syntax tree in document order, when the walk enters and leaves each.</summary>
/// <remarks>
/// <paramref name="ancestors"/> lists the nodes from the root down to the parent; it belongs to the
/// walk and is only valid during the call.
/// </remarks>
public interface ISyntaxVisitor
{
    /// <summary>Called before the node's children are visited.</summary>
    VisitorAction Enter(SyntaxNode node, SyntaxNode? parent, IReadOnlyList<SyntaxNode> ancestors);

    /// <summary>Called after the node's children were visited (not when Enter returned Skip).</summary>
    VisitorAction Leave(SyntaxNode node, SyntaxNode? parent, IReadOnlyList<SyntaxNode> ancestors);
}
