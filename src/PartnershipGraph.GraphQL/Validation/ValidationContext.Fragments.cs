using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<
        SelectionSetNode,
        IReadOnlyList<FragmentSpreadNode>
    > _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<
        string,
        IReadOnlyList<FragmentDefinitionNode>
    > _recursivelyReferencedFragments = new(StringComparer.Ordinal);

    /// <summary>The fragment definition with this name (the last one, when several share it), or <see langword="null"/>.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set and the selection sets nested in it, without following the spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        setsToVisit.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(
        OperationDefinitionNode operation
    ) => GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>The fragments any of the operations uses, directly or through other fragments, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinitionNode> operations
    )
    {
        ArgumentNullException.ThrowIfNull(operations);
        var fragmentNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    fragmentNames.Add(spread.Name.Value);
                }
            }
        }
        var key = string.Join(",", seen.Order(StringComparer.Ordinal));
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(fragmentNames.Count);
        // The list grows while it is read: names found in a fragment are followed in turn.
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            if (GetFragment(fragmentNames[i]) is not { } fragment)
            {
                continue;
            }
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    fragmentNames.Add(spread.Name.Value);
                }
            }
        }
        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }
}
