using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all fragment definitions are spread within operations, or spread within other fragments spread within operations.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used</remarks>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _operations.Add(node);
            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            _fragments.Add(node);
            return VisitorAction.Skip;
        }

        protected override VisitorAction LeaveDocument(DocumentNode node)
        {
            var used = context
                .GetRecursivelyReferencedFragmentsForOperations(_operations)
                .Select(f => f.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(
                        Errors.AtNode(
                            $"Fragment \"{fragment.Name.Value}\" is never used.",
                            fragment
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }
    }
}
