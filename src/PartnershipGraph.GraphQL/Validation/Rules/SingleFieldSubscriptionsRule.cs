using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL subscription is valid only if it contains a single root field, and that field is not an introspection field.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Single-root-field</remarks>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private Dictionary<string, FragmentDefinitionNode>? _fragments;

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (
                node.Operation != OperationType.Subscription
                || context.Schema.SubscriptionType is not { } subscriptionType
            )
            {
                return VisitorAction.Continue;
            }
            var subject = node.Name is { } name
                ? $"Subscription \"{name.Value}\""
                : "Anonymous Subscription";
            var collector = new SubscriptionFieldCollector(
                context.Schema,
                Fragments(),
                ReserveSelectionSetWork
            );
            collector.Collect(subscriptionType, node.SelectionSet);
            var fields = collector.Fields;
            if (fields.Count > 1)
            {
                context.ReportError(
                    Errors.AtNodes(
                        $"{subject} must select only one top level field.",
                        [.. fields.Skip(1).SelectMany(f => f.Value)]
                    )
                );
            }
            foreach (var (_, fieldNodes) in fields)
            {
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"{subject} must not select an introspection top level field.",
                            [.. fieldNodes]
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }

        private Dictionary<string, FragmentDefinitionNode> Fragments()
        {
            if (_fragments is null)
            {
                var definitions = context.Document.Definitions;
                context.SpendFragmentWork(definitions.Count);
                _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                foreach (var fragment in definitions.OfType<FragmentDefinitionNode>())
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
            return _fragments;
        }

        private void ReserveSelectionSetWork(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }
    }
}
