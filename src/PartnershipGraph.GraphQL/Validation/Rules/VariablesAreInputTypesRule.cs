using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL operation is only valid if all the variables it defines are of input types (scalar, enum, or input object).</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types</remarks>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            if (context.Schema.TypeFromAst(node.Type) is { IsInputType: false })
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{ValuePrinter.Print(node.Type)}\".",
                        node.Type
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
