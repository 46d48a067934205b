using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Keeps a <see cref="TypeInfo"/> in step with a walk while another visitor visits it (graphql-js's <c>visitWithTypeInfo</c>).</summary>
/// <remarks>The type information is updated before the visitor enters a node and after it leaves it.</remarks>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, ISyntaxVisitor visitor) : ISyntaxVisitor
{
    /// <inheritdoc/>
    public VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        typeInfo.Enter(node);
        var action = visitor.Enter(node, parent, ancestors);
        if (action != VisitorAction.Continue)
        {
            // The walk will not leave a skipped node, nor any node after a break.
            typeInfo.Leave(node);
        }
        return action;
    }

    /// <inheritdoc/>
    public VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        var action = visitor.Leave(node, parent, ancestors);
        typeInfo.Leave(node);
        return action;
    }
}
