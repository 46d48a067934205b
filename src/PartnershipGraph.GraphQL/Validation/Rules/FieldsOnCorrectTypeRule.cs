using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all fields selected are defined by the parent type, or are an allowed meta field such as <c>__typename</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Field-Selections</remarks>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            if (context.ParentType is not { } type || context.FieldDef is not null)
            {
                return VisitorAction.Continue;
            }
            var fieldName = node.Name.Value;
            // First determine if there are any suggested types to condition on; if not, perhaps this was a typo.
            var suggestion = DidYouMean.Format(
                "to use an inline fragment on",
                context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName)
            );
            if (suggestion.Length == 0)
            {
                suggestion = DidYouMean.Format(
                    context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName)
                );
            }
            context.ReportError(
                Errors.AtNode(
                    $"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion,
                    node
                )
            );
            return VisitorAction.Continue;
        }
    }

    // The possible types that define the field, the interfaces shared by most of them first, then super types before subtypes.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }
        var suggestedTypes = new List<ObjectOrInterfaceType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }
            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }
                usageCount[possibleInterface.Name] =
                    usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }
        JsArraySort.Sort(suggestedTypes, (a, b) => Compare(schema, usageCount, a, b));
        return [.. suggestedTypes.Select(t => t.Name)];
    }

    private static int Compare(
        Schema schema,
        Dictionary<string, int> usageCount,
        ObjectOrInterfaceType typeA,
        ObjectOrInterfaceType typeB
    )
    {
        var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
        if (usageCountDiff != 0)
        {
            return usageCountDiff;
        }
        if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
        {
            return -1;
        }
        if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
        {
            return 1;
        }
        return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ObjectOrInterfaceType complex
            ? SuggestionList.Get(fieldName, complex.Fields.Select(f => f.Name))
            : [];
}
