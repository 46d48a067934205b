using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>Finds fields that share a response name but cannot be merged, for <see cref="OverlappingFieldsCanBeMergedRule"/>; one per validation, its memos shared by every selection set.</summary>
/// <remarks>
/// Steps as graphql-js names them: (A) within a selection set's fields, (B) between its fields and each fragment spread,
/// (C) between spread fragments, (D, E) between fields and a fragment and the fragments it spreads, (F, G) between two
/// fragments and those they spread, (H, I, J) between the sub-selections of two overlapping fields.
/// </remarks>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    // Fragment pairs already compared, and whether only as mutually exclusive.
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];

    // Collected fields per parent type (possibly unknown) and selection set.
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = new(
        new ReferencePairComparer()
    );
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(
        ReferenceEqualityComparer.Instance
    );
    private int _remainingBudget = MaxComplexityBudget;

    public static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    /// <summary>(A, B, C) Every conflict within a selection set, fragments spread in it included.</summary>
    public List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Fields);
        var fragmentNames = collected.FragmentNames;
        // Fragments are compared only with fields or with other fragments.
        if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(
                    conflicts,
                    false,
                    collected,
                    fragmentNames[i]
                );
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(
                        conflicts,
                        false,
                        fragmentNames[i],
                        fragmentNames[j]
                    );
                }
            }
        }
        return conflicts;
    }

    // (D, E) Between a collection of fields and a fragment, and the fragments it spreads.
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields collected,
        string fragmentName
    )
    {
        Spend(1);
        if (collected.Fields.Count == 0)
        {
            return;
        }
        EnsureStack();
        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        // A comparison that was not mutually exclusive covers both kinds.
        if (
            collected.ComparedFragments.TryGetValue(fragmentName, out var compared)
            && (!compared || areMutuallyExclusive)
        )
        {
            return;
        }
        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }
        var collected2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(
                conflicts,
                areMutuallyExclusive,
                collected,
                referenced
            );
        }
    }

    // (F, G) Between two fragments, and the fragments each spreads.
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2
    )
    {
        Spend(2);
        if (fragmentName1 == fragmentName2)
        {
            return;
        }
        if (WereCompared(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }
        _comparedFragmentPairs[(fragmentName1, fragmentName2)] = areMutuallyExclusive;
        if (
            context.GetFragment(fragmentName1) is not { } fragment1
            || context.GetFragment(fragmentName2) is not { } fragment2
        )
        {
            return;
        }
        EnsureStack();
        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var referenced2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(
                conflicts,
                areMutuallyExclusive,
                fragmentName1,
                referenced2
            );
        }
        foreach (var referenced1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(
                conflicts,
                areMutuallyExclusive,
                referenced1,
                fragmentName2
            );
        }
    }

    // Whether the pair (in either order) was compared: any comparison counts for a mutually exclusive one,
    // only a non-exclusive one for a non-exclusive one.
    private bool WereCompared(string a, string b, bool areMutuallyExclusive) =>
        WereComparedInOrder(a, b, areMutuallyExclusive)
        || WereComparedInOrder(b, a, areMutuallyExclusive);

    private bool WereComparedInOrder(string a, string b, bool areMutuallyExclusive) =>
        _comparedFragmentPairs.TryGetValue((a, b), out var stored)
        && (areMutuallyExclusive || stored == areMutuallyExclusive);

    // (H, I, J) Between the sub-selections of two overlapping fields.
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2
    )
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(
                conflicts,
                areMutuallyExclusive,
                collected1,
                fragmentName2
            );
        }
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(
                conflicts,
                areMutuallyExclusive,
                collected2,
                fragmentName1
            );
        }
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(
                    conflicts,
                    areMutuallyExclusive,
                    fragmentName1,
                    fragmentName2
                );
            }
        }
        return conflicts;
    }

    // (A) Every pair of fields with the same response name within one collection: the only place fields are compared within a set.
    private void CollectConflictsWithin(
        List<Conflict> conflicts,
        Dictionary<string, List<FieldDetails>> fields
    )
    {
        foreach (var (responseName, group) in fields)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, responseName, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // Every field of one collection against every field of the same response name in the other.
    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        CollectedFields collected1,
        CollectedFields collected2
    )
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
        {
            return;
        }
        foreach (
            var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2)
        )
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (
                        FindConflict(
                            parentFieldsAreMutuallyExclusive,
                            responseName,
                            field1,
                            field2
                        ) is
                        { } conflict
                    )
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(
        string ResponseName,
        List<FieldDetails> Fields1,
        List<FieldDetails> Fields2
    )> GetOverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.OverlappingFields ??= new Dictionary<
            CollectedFields,
            List<(string, List<FieldDetails>, List<FieldDetails>)>
        >(ReferenceEqualityComparer.Instance);
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            Spend(1);
            if (collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add((responseName, fields1, fields2));
            }
        }
        collected1.OverlappingFields[collected2] = overlapping;
        return overlapping;
    }

    // Whether two fields with the same response name conflict, their sub-fields included.
    private Conflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldDetails field1,
        FieldDetails field2
    )
    {
        // Fields on two different object types can never apply to the same value, so they may differ in name and arguments.
        var areMutuallyExclusive =
            parentFieldsAreMutuallyExclusive
            || (
                !ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType
            );
        Spend(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (
            field1.IsSimpleLeaf
            && field2.IsSimpleLeaf
            && ReferenceEquals(type1, type2)
            && field1.Node.Name.Value == field2.Node.Name.Value
        )
        {
            return null;
        }
        if (!areMutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = field1.Node.Name.Value;
                var name2 = field2.Node.Name.Value;
                reason =
                    name1 != name2
                        ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null
                    : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }
            if (reason is not null)
            {
                return new Conflict(responseName, reason, [field1.Node], [field2.Node]);
            }
        }
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(
                responseName,
                $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"",
                [field1.Node],
                [field2.Node]
            );
        }
        if (
            field1.Node.SelectionSet is { } selectionSet1
            && field2.Node.SelectionSet is { } selectionSet2
        )
        {
            EnsureStack();
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                field1.Info.NamedType,
                selectionSet1,
                field2.Info.NamedType,
                selectionSet2
            );
            return SubfieldConflicts(conflicts, responseName, field1.Node, field2.Node);
        }
        return null;
    }

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }
        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }
        foreach (var argument1 in arguments1.Nodes)
        {
            Spend(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2))
            {
                return false;
            }
            if (Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }
        return true;
    }

    // A canonical text of a value: object fields sorted by name, block strings distinct from quoted ones.
    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }
        var builder = new StringBuilder();
        AppendValue(builder, value);
        var result = builder.ToString();
        _stringifiedValues[value] = result;
        return result;
    }

    private static void AppendValue(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append("[\"Variable\",").Append(Quote(variable.Name.Value)).Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append("[\"ObjectValue\",[");
                var first = true;
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(first ? "[" : ",[").Append(Quote(field.Name.Value)).Append(',');
                    AppendValue(builder, field.Value);
                    builder.Append(']');
                    first = false;
                }
                builder.Append("]]");
                break;
            case ListValueNode list:
                builder.Append("[\"ListValue\",[");
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }
                    AppendValue(builder, list.Values[i]);
                }
                builder.Append("]]");
                break;
            case StringValueNode s:
                builder
                    .Append("[\"StringValue\",")
                    .Append(Quote(s.Value))
                    .Append(s.Block ? ",true]" : ",false]");
                break;
            case IntValueNode i:
                builder.Append("[\"IntValue\",").Append(Quote(i.Value)).Append(']');
                break;
            case FloatValueNode f:
                builder.Append("[\"FloatValue\",").Append(Quote(f.Value)).Append(']');
                break;
            case BooleanValueNode b:
                builder.Append("[\"BooleanValue\",").Append(b.Value ? "true" : "false").Append(']');
                break;
            case EnumValueNode e:
                builder.Append("[\"EnumValue\",").Append(Quote(e.Value)).Append(']');
                break;
            default:
                builder.Append("[\"NullValue\",null]");
                break;
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    // Two types conflict if they could not both apply to a value: lists and non-null must match, and leaf types must be the same;
    // composite types do not conflict here, their fields being compared in turn.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }
            Spend(1);
            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    type1 = list1.OfType;
                    type2 = list2.OfType;
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    type1 = nonNull1.OfType;
                    type2 = nonNull2.OfType;
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
            }
            return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
        }
    }

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }
        var fields = new Dictionary<string, List<FieldDetails>>(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        var seenFragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsInto(parentType, selectionSet, fields, fragmentNames, seenFragmentNames);
        var result = new CollectedFields(fields, fragmentNames);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(
            context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType,
            fragment.SelectionSet
        );

    private void CollectFieldsInto(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldDetails>> fields,
        List<string> fragmentNames,
        HashSet<string> seenFragmentNames
    )
    {
        EnsureStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only the type's own fields: __typename has no definition here.
                    var definition = (parentType as ObjectOrInterfaceType)?.GetField(
                        field.Name.Value
                    );
                    var responseName = field.ResponseKey;
                    if (!fields.TryGetValue(responseName, out var group))
                    {
                        group = [];
                        fields[responseName] = group;
                    }
                    group.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragmentNames.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? context.Schema.TypeFromAst(condition) as NamedType
                        : parentType;
                    CollectFieldsInto(
                        inlineType,
                        inline.SelectionSet,
                        fields,
                        fragmentNames,
                        seenFragmentNames
                    );
                    break;
            }
        }
    }

    // (The sub-fields' conflicts as one conflict of the two fields: reasons joined, locations of the enclosing fields first.)
    private static Conflict? SubfieldConflicts(
        List<Conflict> conflicts,
        string responseName,
        FieldNode node1,
        FieldNode node2
    )
    {
        if (conflicts.Count == 0)
        {
            return null;
        }
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }
            message
                .Append("subfields \"")
                .Append(MaybeAbbreviate(conflict.ResponseName))
                .Append("\" conflict because ")
                .Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }
        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, c => c.Fields1),
            CollectConflictNodes(node2, conflicts, c => c.Fields2)
        );
    }

    // The enclosing field, then the conflicting fields' nodes, at most 20, the deeper fields kept first when cut.
    private static List<FieldNode> CollectConflictNodes(
        FieldNode node,
        List<Conflict> conflicts,
        Func<Conflict, List<FieldNode>> side
    )
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var sideNodes = side(conflict);
            nodes.AddRange(sideNodes.Skip(Math.Max(0, sideNodes.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }
        return nodes;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(budgetExhausted: true);
        }
    }

    private static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(budgetExhausted: true);
        }
    }

    /// <summary>Two sets of fields that cannot be merged under one response name, and why.</summary>
    public sealed record Conflict(
        string ResponseName,
        string Reason,
        List<FieldNode> Fields1,
        List<FieldNode> Fields2
    );

    private sealed class CollectedFields(
        Dictionary<string, List<FieldDetails>> fields,
        List<string> fragmentNames
    )
    {
        public Dictionary<string, List<FieldDetails>> Fields { get; } = fields;

        public List<string> FragmentNames { get; } = fragmentNames;

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<
            CollectedFields,
            List<(string, List<FieldDetails>, List<FieldDetails>)>
        >? OverlappingFields { get; set; }
    }

    private sealed class FieldDetails(
        NamedType? parentType,
        FieldNode node,
        FieldDefinition? definition
    )
    {
        private FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        // Prepared only when the field overlaps another.
        public FieldInfo Info =>
            _info ??= new FieldInfo(
                Definition?.Type.GetNamedType(),
                ArgumentInfo.Of(Node.Arguments)
            );
    }

    private sealed class FieldInfo(NamedType? namedType, ArgumentInfo? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } =
            new(ReferenceEqualityComparer.Instance);

        public NamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed class ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
    {
        public IReadOnlyList<ArgumentNode> Nodes { get; } = nodes;

        // The last argument of each name, as graphql-js's map.
        public Dictionary<string, ValueNode> Values { get; } =
            nodes
                .GroupBy(a => a.Name.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

        public static ArgumentInfo? Of(IReadOnlyList<ArgumentNode> nodes) =>
            nodes.Count == 0 ? null : new ArgumentInfo(nodes);
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(
                obj.Item1 is null ? 0 : RuntimeHelpers.GetHashCode(obj.Item1),
                RuntimeHelpers.GetHashCode(obj.Item2)
            );
    }
}
