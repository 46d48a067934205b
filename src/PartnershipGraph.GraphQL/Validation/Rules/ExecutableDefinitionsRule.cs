using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A document is only valid for execution if all its definitions are operations or fragments.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Executable-Definitions</remarks>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }
                var name = definition switch
                {
                    TypeDefinitionOrExtensionNode type => $"\"{type.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                context.ReportError(
                    Errors.AtNode($"The {name} definition is not executable.", definition)
                );
            }
            return VisitorAction.Skip;
        }
    }
}
