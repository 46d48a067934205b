using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL operation is only valid if all variables encountered, both directly and via fragment spreads, are defined by that operation.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined</remarks>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _defined.Clear();
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _defined.Add(node.Variable.Name.Value);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (_defined.Contains(name))
                {
                    continue;
                }
                context.ReportError(
                    Errors.AtNodes(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        node
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
