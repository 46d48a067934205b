using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Rejects operations that select more than <see cref="MaxFields"/> fields once every fragment spread is expanded (<c>MAX_FIELDS_EXCEEDED</c>): alias and fragment bombs.</summary>
/// <remarks>
/// Every field node counts, aliases, <c>__typename</c> and introspection fields included, and a fragment counts once
/// per spread (so fragments spreading each other twice per level double at every level). <c>@skip</c> and <c>@include</c>
/// are not evaluated: the count is a bound. A fragment spread within itself adds nothing. Each fragment is counted
/// once per operation, so the work is linear in the size of the document.
/// </remarks>
public sealed class MaxFieldsRule : ValidationRule
{
    /// <summary>The code in the error's <c>extensions</c>.</summary>
    public const string ErrorCode = "MAX_FIELDS_EXCEEDED";

    /// <summary>Creates the rule.</summary>
    /// <param name="maxFields">The most fields an operation may select, fragments expanded.</param>
    public MaxFieldsRule(int maxFields = GraphQLLimits.DefaultMaxFields)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFields);
        MaxFields = maxFields;
    }

    /// <summary>The most fields an operation may select, fragments expanded.</summary>
    public int MaxFields { get; }

    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new Visitor(context, MaxFields);

    /// <summary>How many fields the operation selects, fragments expanded.</summary>
    public static long Measure(DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new FieldCount(FragmentTable.Of(document)).Count(operation.SelectionSet);
    }

    private sealed class Visitor(ValidationContext context, int maxFields) : ValidationVisitor
    {
        private FieldCount? _count;

        // Checked when the operation is left, so that its limit errors follow the errors the other rules find in it.
        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            _count ??= new FieldCount(context.GetFragment);
            var count = _count.Count(node.SelectionSet);
            if (count > maxFields)
            {
                var kind = LimitErrors.Kind(node);
                context.ReportError(
                    LimitErrors.Exceeded(
                        node,
                        $"The {kind} selects {count} fields, more than the maximum of {maxFields} fields.",
                        ErrorCode,
                        maxFields,
                        count
                    )
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) =>
            VisitorAction.Skip;
    }

    private sealed class FieldCount(Func<string, FragmentDefinitionNode?> getFragment)
    {
        // The field count of each fragment; -1 while it is being counted (a cycle adds nothing).
        private readonly Dictionary<string, long> _fragments = new(StringComparer.Ordinal);

        public long Count(SelectionSetNode selectionSet)
        {
            LimitErrors.EnsureStack();
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var count = selection switch
                {
                    FieldNode field => LimitErrors.Add(
                        1,
                        field.SelectionSet is { } set ? Count(set) : 0
                    ),
                    InlineFragmentNode inline => Count(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentCount(spread.Name.Value),
                    _ => 0,
                };
                total = LimitErrors.Add(total, count);
            }
            return total;
        }

        private long FragmentCount(string name)
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
            var count = Count(fragment.SelectionSet);
            _fragments[name] = count;
            return count;
        }
    }
}
