using System.Globalization;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Data.Projection;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Computes the static cost of operations as <see cref="CostRule"/> defines it; each fragment is costed once.</summary>
internal sealed class CostCalculator(
    Schema schema,
    Func<string, FragmentDefinitionNode?> getFragment,
    CostRule rule
)
{
    private static readonly string[] PageSizeArguments = ["first", "last", "take"];

    // Per fragment and whether it sits directly in a paged field: its cost; -1 while it is being costed (a cycle adds nothing).
    private readonly Dictionary<(string Name, bool InPage), long> _fragments = [];

    public long Cost(OperationDefinitionNode operation) =>
        Cost(operation.SelectionSet, schema.GetRootType(operation.Operation), inPage: false);

    private long Cost(SelectionSetNode selectionSet, NamedType? parentType, bool inPage)
    {
        LimitErrors.EnsureStack();
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var cost = selection switch
            {
                FieldNode field => FieldCost(field, parentType, inPage),
                InlineFragmentNode inline => Cost(
                    inline.SelectionSet,
                    inline.TypeCondition is { } condition
                        ? schema.GetType(condition.Name.Value)
                        : parentType,
                    inPage
                ),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value, inPage),
                _ => 0,
            };
            total = LimitErrors.Add(total, cost);
        }
        return total;
    }

    private long FieldCost(FieldNode field, NamedType? parentType, bool inPage)
    {
        switch (field.Name.Value)
        {
            case "__typename":
                return 0;
            case "__schema" or "__type":
                return 1;
        }
        var definition = (parentType as ObjectOrInterfaceType)?.GetField(field.Name.Value);
        var own = Metadata(definition, CostMetadata.Cost) ?? 1;
        if (field.SelectionSet is not { } selectionSet)
        {
            return own;
        }
        var pageSize = definition is null ? null : PageSize(field, definition);
        var children = Cost(selectionSet, definition?.Type.GetNamedType(), pageSize is not null);
        var multiplier =
            pageSize
            ?? (
                definition is { Type.IsList: true } && !inPage
                    ? Metadata(definition, CostMetadata.ListSize)
                        ?? (IsProjectedCollection(definition) ? 1 : rule.AssumedListSize)
                    : 1
            );
        return LimitErrors.Add(own, LimitErrors.Multiply(multiplier, children));
    }

    /// <summary>The page size a paged field is asked for, or <see langword="null"/> when the field is not paged.</summary>
    private long? PageSize(FieldNode field, FieldDefinition definition)
    {
        long? size = null;
        var paged = false;
        foreach (var name in PageSizeArguments)
        {
            if (definition.GetArgument(name) is not { } argument)
            {
                continue;
            }
            paged = true;
            var value = field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
            long? requested = value switch
            {
                IntValueNode literal => ParseSize(literal.Value),
                VariableNode => Metadata(definition, CostMetadata.MaxPageSize) ?? rule.MaxPageSize,
                null => argument.DefaultValue is IntValueNode defaultValue
                    ? ParseSize(defaultValue.Value)
                    : null,
                _ => null,
            };
            if (requested is { } given)
            {
                size = Math.Max(size ?? 0, given);
            }
        }
        if (!paged)
        {
            return null;
        }
        return size ?? Metadata(definition, CostMetadata.DefaultPageSize) ?? rule.AssumedListSize;
    }

    private long FragmentCost(string name, bool inPage)
    {
        if (_fragments.TryGetValue((name, inPage), out var known))
        {
            return Math.Max(known, 0);
        }
        if (getFragment(name) is not { } fragment)
        {
            return 0;
        }
        _fragments[(name, inPage)] = -1;
        var cost = Cost(
            fragment.SelectionSet,
            schema.GetType(fragment.TypeCondition.Name.Value),
            inPage
        );
        _fragments[(name, inPage)] = cost;
        return cost;
    }

    private static long ParseSize(string literal) =>
        long.TryParse(
            literal,
            NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var size
        )
            ? Math.Max(size, 0)
            : long.MaxValue;

    // A collection a projection of its parent reads in the parent's SQL query: its rows come with the parent's rows,
    // so its selection is costed once, not once per parent row.
    private static bool IsProjectedCollection(FieldDefinition definition) =>
        definition.Metadata.ContainsKey(FilteredCollection.MetadataKey)
        || definition.Metadata.ContainsKey(ProjectionBuilder.RequiresItemsMetadataKey);

    private static long? Metadata(FieldDefinition? definition, string key) =>
        definition is not null
        && definition.Metadata.TryGetValue(key, out var value)
        && value is IConvertible convertible
            ? Math.Max(convertible.ToInt64(CultureInfo.InvariantCulture), 0)
            : null;
}
