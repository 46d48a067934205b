using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A fragment spread is only valid if the type condition could ever possibly be true: if there is a non-empty intersection of the possible parent types and the possible types of the type condition.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible</remarks>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (
                context.Type is NamedType { IsCompositeType: true } fragmentType
                && context.ParentType is { IsCompositeType: true } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType)
            )
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        node
                    )
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            var fragmentName = node.Name.Value;
            if (
                FragmentType(fragmentName) is { } fragmentType
                && context.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType)
            )
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        node
                    )
                );
            }
            return VisitorAction.Continue;
        }

        private NamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && context.Schema.TypeFromAst(fragment.TypeCondition)
                is NamedType { IsCompositeType: true } type
                ? type
                : null;
    }
}
