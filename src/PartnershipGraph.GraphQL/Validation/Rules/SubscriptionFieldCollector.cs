using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>Collects the root fields of a subscription by response key, as execution would with no variable values (graphql-js's <c>collectFields</c>).</summary>
/// <remarks>https://spec.graphql.org/October2021/#CollectFields()</remarks>
internal sealed class SubscriptionFieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    Action<SelectionSetNode> onSelectionSet
)
{
    private readonly HashSet<string> _visitedFragmentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FieldNode>> _fieldsByKey = new(StringComparer.Ordinal);

    /// <summary>The fields by response key, in the order the keys first appear.</summary>
    public List<KeyValuePair<string, List<FieldNode>>> Fields { get; } = [];

    /// <summary>Collects the fields of the selection set that apply to <paramref name="runtimeType"/>.</summary>
    /// <exception cref="GraphQLError">A <c>@skip</c> or <c>@include</c> has no usable <c>if</c> value.</exception>
    public void Collect(ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        onSelectionSet(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field):
                    if (_fieldsByKey.TryGetValue(field.ResponseKey, out var fieldNodes))
                    {
                        fieldNodes.Add(field);
                    }
                    else
                    {
                        _fieldsByKey[field.ResponseKey] = [field];
                        Fields.Add(new(field.ResponseKey, _fieldsByKey[field.ResponseKey]));
                    }
                    break;
                case InlineFragmentNode inline
                    when ShouldInclude(inline) && Matches(inline.TypeCondition, runtimeType):
                    Collect(runtimeType, inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread
                    when !_visitedFragmentNames.Contains(spread.Name.Value)
                        && ShouldInclude(spread):
                    _visitedFragmentNames.Add(spread.Name.Value);
                    if (
                        fragments.GetValueOrDefault(spread.Name.Value) is { } fragment
                        && Matches(fragment.TypeCondition, runtimeType)
                    )
                    {
                        Collect(runtimeType, fragment.SelectionSet);
                    }
                    break;
            }
        }
    }

    private static bool ShouldInclude(SelectionNode node) =>
        IfArgument(node, "skip") is not true && IfArgument(node, "include") is not false;

    // The value of the directive's `if` argument coerced as execution would with no variables; null without the directive.
    private static bool? IfArgument(SelectionNode node, string directiveName)
    {
        if (node.Directives.FirstOrDefault(d => d.Name.Value == directiveName) is not { } directive)
        {
            return null;
        }
        var argument =
            directive.Arguments.LastOrDefault(a => a.Name.Value == "if")
            ?? throw Errors.AtNode(
                "Argument \"if\" of required type \"Boolean!\" was not provided.",
                directive
            );
        return argument.Value switch
        {
            BooleanValueNode boolean => boolean.Value,
            VariableNode variable => throw Errors.AtNode(
                $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                variable
            ),
            NullValueNode value => throw Errors.AtNode(
                "Argument \"if\" of non-null type \"Boolean!\" must not be null.",
                value
            ),
            var value => throw Errors.AtNode(
                $"Argument \"if\" has invalid value {ValuePrinter.Print(value)}.",
                value
            ),
        };
    }

    private bool Matches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }
        var conditionalType = schema.TypeFromAst(typeCondition);
        return ReferenceEquals(conditionalType, type)
            || (
                conditionalType is NamedType { IsAbstractType: true } abstractType
                && schema.IsSubType(abstractType, type)
            );
    }
}
