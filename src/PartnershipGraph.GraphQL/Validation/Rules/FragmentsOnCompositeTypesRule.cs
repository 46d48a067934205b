using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>Fragments use a type condition to determine if they apply; since fragments can only be spread into a composite type (object, interface or union), the type condition must also be a composite type.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types</remarks>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Fragment cannot condition on non composite type \"{ValuePrinter.Print(typeCondition)}\".",
                        typeCondition
                    )
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{ValuePrinter.Print(node.TypeCondition)}\".",
                        node.TypeCondition
                    )
                );
            }
            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode typeCondition) =>
            context.Schema.TypeFromAst(typeCondition) is { IsCompositeType: false };
    }
}
