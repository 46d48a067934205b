using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all defined fragments have unique names.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness</remarks>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) =>
            VisitorAction.Skip;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(
                    Errors.AtNodes(
                        $"There can be only one fragment named \"{name.Value}\".",
                        first,
                        name
                    )
                );
            }
            else
            {
                _known[name.Value] = name;
            }
            return VisitorAction.Skip;
        }
    }
}
