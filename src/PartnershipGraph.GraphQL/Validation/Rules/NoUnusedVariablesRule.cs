using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL operation is only valid if all variables defined by an operation are used, either directly or within a spread fragment.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-All-Variables-Used</remarks>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions.Add(node);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            var used = new HashSet<string>(
                context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value),
                StringComparer.Ordinal
            );
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name))
                {
                    continue;
                }
                context.ReportError(
                    Errors.AtNode(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
