using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>Rejects introspection queries that nest the list fields of <c>__Type</c> (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>) three or more levels deep.</summary>
/// <remarks>Not in the specification: graphql-js recommends it, against introspection queries made to exhaust the server.</remarks>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Per fragment, shared by every check: the greatest entry depth at which a check completed
        // without reaching the limit, and the smallest at which one reached it.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        protected override VisitorAction EnterField(FieldNode node)
        {
            if (node.Name.Value is not ("__schema" or "__type"))
            {
                return VisitorAction.Continue;
            }
            // Per fragment, the greatest entry depth at which this check visited it, visits in progress included.
            var visited = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!ReachesLimit(node, visited, 0))
            {
                return VisitorAction.Continue;
            }
            context.ReportError(Errors.AtNode("Maximum introspection depth exceeded", node));
            return VisitorAction.Skip;
        }

        private bool ReachesLimit(SyntaxNode node, Dictionary<string, int> visited, int depth)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new ValidationAbortedException(budgetExhausted: true);
            }
            if (node is FragmentSpreadNode spread)
            {
                return SpreadReachesLimit(spread.Name.Value, visited, depth);
            }
            if (
                node is FieldNode field
                && field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields"
                && ++depth >= MaxListsDepth
            )
            {
                return true;
            }
            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            if (selectionSet is null)
            {
                return false;
            }
            foreach (var child in selectionSet.Selections)
            {
                if (ReachesLimit(child, visited, depth))
                {
                    return true;
                }
            }
            return false;
        }

        private bool SpreadReachesLimit(string name, Dictionary<string, int> visited, int depth)
        {
            // A check that reached the limit reaches it again from an equal or greater entry depth.
            if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }
            // From an equal or shallower entry depth: a cycle, or a check that already passed.
            if (
                (visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
            )
            {
                return false;
            }
            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }
            visited[name] = depth;
            if (ReachesLimit(fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }
            _checked[name] = depth;
            return false;
        }
    }
}
