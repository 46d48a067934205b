using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document that contains an anonymous operation (the query short-hand) may contain only that one operation.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation</remarks>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        protected override VisitorAction EnterDocument(DocumentNode node)
        {
            _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                context.ReportError(
                    Errors.AtNode(
                        "This anonymous operation must be the only defined operation.",
                        node
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
