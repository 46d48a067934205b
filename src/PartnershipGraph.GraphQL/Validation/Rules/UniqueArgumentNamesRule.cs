using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL field or directive is only valid if all supplied arguments are uniquely named.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Argument-Uniqueness</remarks>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            CheckUniqueness(node.Arguments);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            CheckUniqueness(node.Arguments);
            return VisitorAction.Continue;
        }

        private void CheckUniqueness(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.ToList();
                if (nodes.Count > 1)
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"There can be only one argument named \"{group.Key}\".",
                            [.. nodes.Select(a => a.Name)]
                        )
                    );
                }
            }
        }
    }
}
