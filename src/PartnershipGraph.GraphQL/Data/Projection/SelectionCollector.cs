using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data.Projection;

/// <summary>The fields that selection sets select on an object type, grouped by field name, following fragments and honouring <c>@skip</c> and <c>@include</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Field-Collection; grouped by name rather than response key, since a projection needs each member once.</remarks>
internal static class SelectionCollector
{
    public static List<(FieldDefinition Field, List<FieldNode> Nodes)> Collect(
        IResolverContext context,
        ObjectType type,
        IEnumerable<SelectionSetNode?> selectionSets
    )
    {
        var fields = new List<(FieldDefinition Field, List<FieldNode> Nodes)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            if (selectionSet is not null)
            {
                Collect(context, type, selectionSet, fields, visited);
            }
        }
        return fields;
    }

    /// <summary>The selection sets of the sub-fields named <paramref name="name"/>.</summary>
    public static List<SelectionSetNode?> SubSelections(
        List<(FieldDefinition Field, List<FieldNode> Nodes)> fields,
        string name
    ) =>
        [
            .. fields
                .Where(f => f.Field.Name == name)
                .SelectMany(f => f.Nodes)
                .Select(n => n.SelectionSet),
        ];

    private static void Collect(
        IResolverContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        List<(FieldDefinition Field, List<FieldNode> Nodes)> fields,
        HashSet<string> visited
    )
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(context, selection.Directives))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field when type.GetField(field.Name.Value) is { } definition:
                    var index = fields.FindIndex(f => f.Field == definition);
                    if (index < 0)
                    {
                        fields.Add((definition, [field]));
                    }
                    else
                    {
                        fields[index].Nodes.Add(field);
                    }
                    break;
                case FragmentSpreadNode spread
                    when visited.Add(spread.Name.Value)
                        && context.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && Applies(context.Schema, type, fragment.TypeCondition):
                    Collect(context, type, fragment.SelectionSet, fields, visited);
                    break;
                case InlineFragmentNode inline
                    when inline.TypeCondition is null
                        || Applies(context.Schema, type, inline.TypeCondition):
                    Collect(context, type, inline.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private static bool IsIncluded(
        IResolverContext context,
        IReadOnlyList<DirectiveNode> directives
    )
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("skip" or "include"))
            {
                continue;
            }
            var condition = directive
                .Arguments.FirstOrDefault(a => a.Name.Value == "if")
                ?.Value switch
            {
                BooleanValueNode boolean => boolean.Value,
                VariableNode variable => context.VariableValues.GetValueOrDefault(
                    variable.Name.Value
                )
                    is true,
                _ => false,
            };
            if (condition == (directive.Name.Value == "skip"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Applies(Schema schema, ObjectType type, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) switch
        {
            ObjectType objectType => objectType == type,
            NamedType abstractType when abstractType.IsAbstractType => schema.IsSubType(
                abstractType,
                type
            ),
            _ => false,
        };
}
