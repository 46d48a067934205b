using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>The graph of fragment spreads must not form any cycles, including spreading itself; otherwise an operation could infinitely spread or infinitely execute on cycles in the underlying data.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles.
/// graphql-js's depth-first search, with an explicit stack so that long chains of fragments cannot overflow the call stack.
/// </remarks>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        // The spreads from the fragment where the search started to the current one, and where each fragment entered it.
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(
            StringComparer.Ordinal
        );
        private readonly Stack<Frame> _frames = new();

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) =>
            VisitorAction.Skip;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            DetectCycles(node);
            return VisitorAction.Skip;
        }

        private void DetectCycles(FragmentDefinitionNode root)
        {
            Open(root);
            while (_frames.TryPeek(out var frame))
            {
                if (frame.Next == frame.Spreads.Count)
                {
                    _frames.Pop();
                    _spreadPathIndexByName.Remove(frame.Name);
                    if (_frames.Count > 0)
                    {
                        _spreadPath.RemoveAt(_spreadPath.Count - 1);
                    }
                    continue;
                }
                var spread = frame.Spreads[frame.Next++];
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                var opened = false;
                if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    ReportCycle(spreadName, cycleIndex);
                }
                else if (context.GetFragment(spreadName) is { } fragment)
                {
                    opened = Open(fragment);
                }
                if (!opened)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
            }
        }

        // Starts searching from a fragment not seen yet; false when there is nothing to search.
        private bool Open(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return false;
            }
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }
            _spreadPathIndexByName[name] = _spreadPath.Count;
            _frames.Push(new Frame(name, spreads));
            return true;
        }

        private void ReportCycle(string spreadName, int cycleIndex)
        {
            var cyclePath = _spreadPath[cycleIndex..];
            var via = string.Join(", ", cyclePath[..^1].Select(s => $"\"{s.Name.Value}\""));
            context.ReportError(
                Errors.AtNodes(
                    $"Cannot spread fragment \"{spreadName}\" within itself"
                        + (via.Length > 0 ? $" via {via}." : "."),
                    [.. cyclePath]
                )
            );
        }
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
