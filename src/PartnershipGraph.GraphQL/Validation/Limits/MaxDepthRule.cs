using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Rejects operations whose selection tree, fragments expanded, is more than <see cref="MaxDepth"/> fields deep (<c>MAX_DEPTH_EXCEEDED</c>).</summary>
/// <remarks>
/// <c>{ plans { areas { title } } }</c> is 3 levels deep: each field is a level, fragments and inline fragments are not.
/// The subtree of <c>__schema</c> and <c>__type</c> is not counted (the meta-field is one level), since
/// <see cref="Rules.MaxIntrospectionDepthRule"/> bounds introspection. A fragment spread within itself adds nothing
/// (<see cref="Rules.NoFragmentCyclesRule"/> reports the cycle); each fragment's depth is computed once per operation, so
/// the work is linear in the size of the document.
/// </remarks>
public sealed class MaxDepthRule : ValidationRule
{
    /// <summary>The code in the error's <c>extensions</c>.</summary>
    public const string ErrorCode = "MAX_DEPTH_EXCEEDED";

    /// <summary>Creates the rule.</summary>
    /// <param name="maxDepth">The deepest an operation may be, in fields.</param>
    public MaxDepthRule(int maxDepth = GraphQLLimits.DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        MaxDepth = maxDepth;
    }

    /// <summary>The deepest an operation may be, in fields.</summary>
    public int MaxDepth { get; }

    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new Visitor(context, MaxDepth);

    /// <summary>How many fields deep the operation is, fragments expanded, introspection subtrees not counted.</summary>
    public static int Measure(DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new DepthMeasure(FragmentTable.Of(document)).Depth(operation.SelectionSet);
    }

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        private DepthMeasure? _measure;

        // Checked when the operation is left, so that its limit errors follow the errors the other rules find in it.
        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            _measure ??= new DepthMeasure(context.GetFragment);
            var depth = _measure.Depth(node.SelectionSet);
            if (depth > maxDepth)
            {
                var kind = LimitErrors.Kind(node);
                context.ReportError(
                    LimitErrors.Exceeded(
                        node,
                        $"The {kind} is {depth} levels deep, more than the maximum depth of {maxDepth}.",
                        ErrorCode,
                        maxDepth,
                        depth
                    )
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) =>
            VisitorAction.Skip;
    }

    private sealed class DepthMeasure(Func<string, FragmentDefinitionNode?> getFragment)
    {
        // The depth of each fragment's selection set; -1 while it is being measured (a cycle adds nothing).
        private readonly Dictionary<string, int> _fragments = new(StringComparer.Ordinal);

        public int Depth(SelectionSetNode selectionSet)
        {
            LimitErrors.EnsureStack();
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode { Name.Value: "__schema" or "__type" } => 1,
                    FieldNode field => 1 + (field.SelectionSet is { } set ? Depth(set) : 0),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }
            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                return Math.Max(known, 0);
            }
            if (getFragment(name) is not { } fragment)
            {
                return 0;
            }
            _fragments[name] = -1;
            var depth = Depth(fragment.SelectionSet);
            _fragments[name] = depth;
            return depth;
        }
    }
}
