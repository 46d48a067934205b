using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all defined operations have unique names.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness</remarks>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                if (_known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"There can be only one operation named \"{name.Value}\".",
                            first,
                            name
                        )
                    );
                }
                else
                {
                    _known[name.Value] = name;
                }
            }
            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) =>
            VisitorAction.Skip;
    }
}
