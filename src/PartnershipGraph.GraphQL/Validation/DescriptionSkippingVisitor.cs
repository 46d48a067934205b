using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Hides descriptions from a visitor: per the spec, descriptions must not affect validation.</summary>
/// <remarks>https://spec.graphql.org/draft/#sec-Descriptions</remarks>
internal sealed class DescriptionSkippingVisitor(ISyntaxVisitor visitor) : ISyntaxVisitor
{
    public VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    ) =>
        node is StringValueNode && IsDescriptionOf(parent, node)
            ? VisitorAction.Skip
            : visitor.Enter(node, parent, ancestors);

    public VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    ) => visitor.Leave(node, parent, ancestors);

    private static bool IsDescriptionOf(SyntaxNode? parent, SyntaxNode node) =>
        ReferenceEquals(
            node,
            parent switch
            {
                OperationDefinitionNode p => p.Description,
                VariableDefinitionNode p => p.Description,
                FragmentDefinitionNode p => p.Description,
                SchemaDefinitionNode p => p.Description,
                ScalarTypeDefinitionNode p => p.Description,
                ObjectTypeDefinitionNode p => p.Description,
                FieldDefinitionNode p => p.Description,
                InputValueDefinitionNode p => p.Description,
                InterfaceTypeDefinitionNode p => p.Description,
                UnionTypeDefinitionNode p => p.Description,
                EnumTypeDefinitionNode p => p.Description,
                EnumValueDefinitionNode p => p.Description,
                InputObjectTypeDefinitionNode p => p.Description,
                DirectiveDefinitionNode p => p.Description,
                _ => null,
            }
        );
}
