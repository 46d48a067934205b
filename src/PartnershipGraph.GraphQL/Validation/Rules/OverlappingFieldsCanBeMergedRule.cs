using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A selection set is only valid if all fields (including spreading any fragments) either correspond to distinct response names or can be merged without ambiguity.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging. graphql-js's algorithm: fields are compared
/// within each selection set once, then only between sets, with comparisons of fragment pairs and of field maps
/// memoized; the work is metered, and validation stops with "Validation aborted." when the budget runs out
/// or the call stack would.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new Visitor(new FieldConflictFinder(context), context);

    private sealed class Visitor(FieldConflictFinder finder, ValidationContext context)
        : ValidationVisitor
    {
        protected override VisitorAction EnterSelectionSet(SelectionSetNode node)
        {
            // An inline fragment's fields belong to the enclosing selection set, compared there.
            if (Parent is InlineFragmentNode)
            {
                return VisitorAction.Continue;
            }
            if (node.Selections.Count <= 1 && node.Selections is not [InlineFragmentNode])
            {
                return VisitorAction.Continue;
            }
            foreach (var conflict in finder.FindConflictsWithin(context.ParentType, node))
            {
                context.ReportError(
                    Errors.AtNodes(
                        $"Fields \"{FieldConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                        [.. conflict.Fields1, .. conflict.Fields2]
                    )
                );
            }
            return VisitorAction.Continue;
        }
    }
}
