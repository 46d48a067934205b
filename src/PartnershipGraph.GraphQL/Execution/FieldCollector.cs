using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Types.Introspection;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Groups the fields of selection sets by response key, following fragments and honouring <c>@skip</c> and <c>@include</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Field-Collection</remarks>
internal static class FieldCollector
{
    /// <summary>CollectFields(objectType, selectionSet, variableValues) for each of the selection sets, in order.</summary>
    public static CollectedFields CollectFields(
        ExecutionContext context,
        ObjectType objectType,
        IEnumerable<SelectionSetNode> selectionSets
    )
    {
        var groups = new List<FieldGroup>();
        Dictionary<string, FieldGroup>? index = null;
        HashSet<string>? visitedFragments = null;
        foreach (var selectionSet in selectionSets)
        {
            Collect(context, objectType, selectionSet, groups, ref index, ref visitedFragments);
        }
        return new CollectedFields(groups);
    }

    private static void Collect(
        ExecutionContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        List<FieldGroup> groups,
        ref Dictionary<string, FieldGroup>? index,
        ref HashSet<string>? visitedFragments
    )
    {
        foreach (var selection in selectionSet.Selections)
        {
            // a. If selection provides the directive @skip whose if argument is true, or @include whose if argument is not true, continue.
            if (selection.Directives.Count > 0 && !ShouldInclude(context, selection))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    AddField(context.Schema, objectType, field, groups, ref index);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (
                        !visitedFragments.Add(name)
                        || !context.Fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(
                            context.Schema,
                            objectType,
                            fragment.TypeCondition
                        )
                    )
                    {
                        continue;
                    }
                    Collect(
                        context,
                        objectType,
                        fragment.SelectionSet,
                        groups,
                        ref index,
                        ref visitedFragments
                    );
                    break;
                case InlineFragmentNode inline:
                    if (
                        inline.TypeCondition is { } condition
                        && !DoesFragmentTypeApply(context.Schema, objectType, condition)
                    )
                    {
                        continue;
                    }
                    Collect(
                        context,
                        objectType,
                        inline.SelectionSet,
                        groups,
                        ref index,
                        ref visitedFragments
                    );
                    break;
            }
        }
    }

    private static void AddField(
        Schema schema,
        ObjectType objectType,
        FieldNode field,
        List<FieldGroup> groups,
        ref Dictionary<string, FieldGroup>? index
    )
    {
        var key = field.ResponseKey;
        if (index is not null)
        {
            if (index.TryGetValue(key, out var existing))
            {
                existing.Nodes.Add(field);
                return;
            }
        }
        else
        {
            foreach (var group in groups)
            {
                if (group.ResponseKey == key)
                {
                    group.Nodes.Add(field);
                    return;
                }
            }
        }
        var added = new FieldGroup(
            key,
            field,
            GetFieldDefinition(schema, objectType, field.Name.Value)
        );
        groups.Add(added);
        if (index is not null)
        {
            index[key] = added;
        }
        else if (groups.Count > 8)
        {
            index = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                index[group.ResponseKey] = group;
            }
        }
    }

    /// <summary>The definition of a field of the object type, including the <c>__schema</c> and <c>__type</c> meta-fields of the query type (graphql-js's <c>getFieldDef</c>); <see langword="null"/> for <c>__typename</c>, which the executor answers itself.</summary>
    private static FieldDefinition? GetFieldDefinition(
        Schema schema,
        ObjectType objectType,
        string name
    )
    {
        if (
            name.StartsWith("__", StringComparison.Ordinal)
            && ReferenceEquals(objectType, schema.QueryType)
        )
        {
            if (name == Introspection.SchemaMetaField.Name)
            {
                return Introspection.SchemaMetaField;
            }
            if (name == Introspection.TypeMetaField.Name)
            {
                return Introspection.TypeMetaField;
            }
        }
        return objectType.GetField(name);
    }

    /// <summary>Whether the selection's <c>@skip</c> and <c>@include</c> let it in.</summary>
    private static bool ShouldInclude(ExecutionContext context, SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            var definition =
                name == "skip" ? BuiltInDirectives.Skip
                : name == "include" ? BuiltInDirectives.Include
                : null;
            if (definition is null)
            {
                continue;
            }
            var arguments = ArgumentValues.Coerce(
                definition.Arguments,
                directive.Arguments,
                directive,
                context.VariableValues
            );
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (condition == (definition == BuiltInDirectives.Skip))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>DoesFragmentTypeApply(objectType, fragmentType).</summary>
    private static bool DoesFragmentTypeApply(
        Schema schema,
        ObjectType objectType,
        NamedTypeNode typeCondition
    ) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType conditionType => ReferenceEquals(conditionType, objectType),
            NamedType abstractType when abstractType.IsAbstractType => schema.IsSubType(
                abstractType,
                objectType
            ),
            _ => false,
        };
}
