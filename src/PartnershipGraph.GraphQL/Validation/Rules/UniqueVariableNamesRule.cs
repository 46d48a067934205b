using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL operation is only valid if all its variables are uniquely named.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Variable-Uniqueness</remarks>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            foreach (
                var group in node.VariableDefinitions.GroupBy(
                    d => d.Variable.Name.Value,
                    StringComparer.Ordinal
                )
            )
            {
                var definitions = group.ToList();
                if (definitions.Count > 1)
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"There can be only one variable named \"${group.Key}\".",
                            [.. definitions.Select(d => d.Variable.Name)]
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }
    }
}
