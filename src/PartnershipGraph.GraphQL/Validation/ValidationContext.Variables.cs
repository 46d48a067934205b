using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly Dictionary<object, IReadOnlyList<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables used in an operation or fragment definition (not in its variable definitions), without following fragment spreads.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }
        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(typeInfo);
        SyntaxWalker.Walk(definition, new TypeInfoVisitor(typeInfo, collector));
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses, directly or through other fragments.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(
        OperationDefinitionNode operation
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var fragments = GetRecursivelyReferencedFragments(operation);
        // Operations that use the same fragments share the fragments' usages.
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var localUsages = GetVariableUsages(fragment);
                SpendFragmentWork(localUsages.Count);
                collected.AddRange(localUsages);
            }
            fragmentUsages = collected;
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        IReadOnlyList<VariableUsage> usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ValidationVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) =>
            VisitorAction.Skip;

        protected override VisitorAction EnterVariable(VariableNode node)
        {
            Usages.Add(
                new VariableUsage(
                    node,
                    typeInfo.InputType,
                    typeInfo.DefaultValue,
                    typeInfo.ParentInputType
                )
            );
            return VisitorAction.Continue;
        }
    }
}
