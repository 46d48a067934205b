using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Coerces the arguments of a field or directive, as graphql-js's <c>getArgumentValues</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments</remarks>
internal static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<
        string,
        object?
    >(0);

    private static readonly ConditionalWeakTable<
        InputValueDefinition,
        StrongBox<object?>
    > Defaults = new();

    /// <summary>CoerceArgumentValues(objectType, field, variableValues).</summary>
    /// <exception cref="GraphQLError">An argument is missing or invalid; located at the argument's value or at <paramref name="owner"/>.</exception>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        SyntaxNode owner,
        IReadOnlyDictionary<string, object?> variableValues
    )
    {
        if (definitions.Count == 0)
        {
            return None;
        }
        // 1. Let coercedValues be an empty unordered Map.
        var coercedValues = new Dictionary<string, object?>(
            definitions.Count,
            StringComparer.Ordinal
        );
        // 4. For each argument definition argumentDefinition in argumentDefinitions:
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                // e. If hasValue is not true and defaultValue exists, add an entry with the default.
                if (definition.DefaultValue is not null)
                {
                    coercedValues[name] = DefaultValue(definition);
                }
                // f. Otherwise if argumentType is a Non-Nullable type, raise a field error.
                else if (type is NonNullType)
                {
                    throw Errors.AtNode(
                        $"Argument \"{name}\" of required type \"{type}\" was not provided.",
                        owner
                    );
                }
                continue;
            }
            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is not null)
                    {
                        coercedValues[name] = DefaultValue(definition);
                    }
                    else if (type is NonNullType)
                    {
                        throw Errors.AtNode(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode
                        );
                    }
                    continue;
                }
                isNull = variableValue is null;
            }
            // g. Otherwise if argumentType is a Non-Nullable type, and value is null, raise a field error.
            if (isNull && type is NonNullType)
            {
                throw Errors.AtNode(
                    $"Argument \"{name}\" of non-null type \"{type}\" must not be null.",
                    valueNode
                );
            }
            // h./i. Coerce the literal (or take the variable's already coerced value).
            if (!ValueFromAst.TryConvert(valueNode, type, variableValues, out var coerced))
            {
                throw Errors.AtNode(
                    $"Argument \"{name}\" has invalid value {ValuePrinter.Print(valueNode)}.",
                    valueNode
                );
            }
            coercedValues[name] = coerced;
        }
        return coercedValues;
    }

    /// <summary>The coerced default value of an argument or input field, computed once per definition.</summary>
    public static object? DefaultValue(InputValueDefinition definition) =>
        Defaults
            .GetValue(
                definition,
                static d => new StrongBox<object?>(
                    ValueFromAst.TryConvert(d.DefaultValue!, d.Type, null, out var value)
                        ? value
                        : null
                )
            )
            .Value;

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }
        return null;
    }
}
