using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is valid only if all leaf fields (fields of scalar or enum types) have no selection set, and all other fields select at least one subfield.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections</remarks>
public sealed class ScalarLeafsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            if (context.Type is not { } type)
            {
                return VisitorAction.Continue;
            }
            var fieldName = node.Name.Value;
            if (type.GetNamedType().IsLeafType)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        Errors.AtNode(
                            $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                            selectionSet
                        )
                    );
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                        node
                    )
                );
            }
            else if (node.SelectionSet.Selections.Count == 0)
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.",
                        node
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
