using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all <c>...Fragment</c> fragment spreads refer to fragments defined in the same document.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined</remarks>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError(
                    Errors.AtNode($"Unknown fragment \"{node.Name.Value}\".", node.Name)
                );
            }
            return VisitorAction.Continue;
        }
    }
}
