using System.Text.Json;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>The fields and filters that lead from boards, schools and people into plan content, where the plan's
/// published flag cannot be checked; callers who may not read unpublished plans are refused them.</summary>
/// <remarks>The names are unique to those links in the schema, so a name alone identifies one, in a selection or a filter.</remarks>
public static class PlanContentLinks
{
    /// <summary>The field names of the links.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "monitoredPlans",
        "actionRoles",
        "areaLeads",
        "responsibilities",
    };

    /// <summary>The first link the document or its variables use, or null.</summary>
    public static string? FindIn(DocumentNode document, JsonElement? variables)
    {
        foreach (var definition in document.Definitions)
        {
            var found = definition switch
            {
                OperationDefinitionNode operation => Find(operation.SelectionSet),
                FragmentDefinitionNode fragment => Find(fragment.SelectionSet),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }
        return variables is { } json ? Find(json) : null;
    }

    private static string? Find(SelectionSetNode? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var found = selection switch
            {
                FieldNode field when Names.Contains(field.Name.Value) => field.Name.Value,
                FieldNode field => field
                    .Arguments.Select(a => Find(a.Value))
                    .FirstOrDefault(f => f is not null)
                    ?? Find(field.SelectionSet),
                InlineFragmentNode inline => Find(inline.SelectionSet),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    private static string? Find(ValueNode value) =>
        value switch
        {
            ObjectValueNode o => o
                .Fields.Select(f => Names.Contains(f.Name.Value) ? f.Name.Value : Find(f.Value))
                .FirstOrDefault(f => f is not null),
            ListValueNode l => l.Values.Select(Find).FirstOrDefault(f => f is not null),
            _ => null,
        };

    private static string? Find(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Object => value
                .EnumerateObject()
                .Select(p => Names.Contains(p.Name) ? p.Name : Find(p.Value))
                .FirstOrDefault(f => f is not null),
            JsonValueKind.Array => value
                .EnumerateArray()
                .Select(Find)
                .FirstOrDefault(f => f is not null),
            _ => null,
        };
}
