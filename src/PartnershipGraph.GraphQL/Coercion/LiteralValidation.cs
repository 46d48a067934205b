using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Explains why a literal is not a valid value of a type, with the messages of graphql-js's <c>ValuesOfCorrectTypeRule</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type. Variables are not checked here.</remarks>
public static class LiteralValidation
{
    /// <summary>Every problem with the literal, in document order; empty when it is valid.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="type">The input type expected where the literal stands.</param>
    /// <param name="variableDefinitions">The operation's variable definitions by name (without <c>$</c>), to check variables given to <c>@oneOf</c> fields.</param>
    public static IReadOnlyList<GraphQLError> IsValidLiteralValue(
        ValueNode valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, VariableDefinitionNode>? variableDefinitions = null
    )
    {
        var errors = new List<GraphQLError>();
        Visit(valueNode, type, variableDefinitions, errors);
        return errors;
    }

    private static void Visit(
        ValueNode node,
        GraphQLType? inputType,
        IReadOnlyDictionary<string, VariableDefinitionNode>? variables,
        List<GraphQLError> errors
    )
    {
        switch (node)
        {
            case VariableNode:
                return;
            case NullValueNode when inputType is NonNullType:
                errors.Add(
                    Errors.AtNode($"Expected value of type \"{inputType}\", found null.", node)
                );
                return;
            case NullValueNode:
                return;
            case ListValueNode list:
                var nullable = inputType?.NullableType;
                if (nullable is ListType listType)
                {
                    foreach (var item in list.Values)
                    {
                        Visit(item, listType.OfType, variables, errors);
                    }
                }
                else
                {
                    CheckLeaf(node, nullable, errors);
                }
                return;
            case ObjectValueNode obj:
                if (inputType?.GetNamedType() is not InputObjectType inputObject)
                {
                    CheckLeaf(node, inputType, errors);
                    return;
                }
                VisitObject(obj, inputObject, variables, errors);
                return;
            default:
                CheckLeaf(node, inputType, errors);
                return;
        }
    }

    private static void VisitObject(
        ObjectValueNode node,
        InputObjectType type,
        IReadOnlyDictionary<string, VariableDefinitionNode>? variables,
        List<GraphQLError> errors
    )
    {
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in node.Fields)
        {
            fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
        }
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.ContainsKey(field.Name) && field.IsRequired)
            {
                errors.Add(
                    Errors.AtNode(
                        $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                        node
                    )
                );
            }
        }
        if (type.IsOneOf)
        {
            CheckOneOf(node, type, fieldNodes, variables, errors);
        }
        foreach (var fieldNode in node.Fields)
        {
            var field = type.GetField(fieldNode.Name.Value);
            if (field is null)
            {
                var suggestions = SuggestionList.Get(
                    fieldNode.Name.Value,
                    type.Fields.Select(f => f.Name)
                );
                errors.Add(
                    Errors.AtNode(
                        $"Field \"{fieldNode.Name.Value}\" is not defined by type \"{type.Name}\"."
                            + DidYouMean.Format(suggestions),
                        fieldNode
                    )
                );
                continue;
            }
            Visit(fieldNode.Value, field.Type, variables, errors);
        }
    }

    private static void CheckOneOf(
        ObjectValueNode node,
        InputObjectType type,
        Dictionary<string, ObjectFieldNode> fieldNodes,
        IReadOnlyDictionary<string, VariableDefinitionNode>? variables,
        List<GraphQLError> errors
    )
    {
        if (fieldNodes.Count != 1)
        {
            errors.Add(
                Errors.AtNode(
                    $"OneOf Input Object \"{type.Name}\" must specify exactly one key.",
                    node
                )
            );
            return;
        }
        var (key, fieldNode) = fieldNodes.First();
        if (fieldNode.Value is NullValueNode)
        {
            errors.Add(Errors.AtNode($"Field \"{type.Name}.{key}\" must be non-null.", node));
            return;
        }
        if (
            fieldNode.Value is VariableNode variable
            && variables?.GetValueOrDefault(variable.Name.Value) is { } definition
            && definition.Type is not NonNullTypeNode
        )
        {
            errors.Add(
                Errors.AtNode(
                    $"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".",
                    node
                )
            );
        }
    }

    /// <summary>Asks the leaf type whether it accepts the literal (graphql-js's <c>isValidValueNode</c>).</summary>
    private static void CheckLeaf(
        ValueNode node,
        GraphQLType? locationType,
        List<GraphQLError> errors
    )
    {
        if (locationType is null)
        {
            return;
        }
        var named = locationType.GetNamedType();
        try
        {
            switch (named)
            {
                case ScalarType scalar:
                    scalar.ParseLiteral(node);
                    break;
                case EnumType enumType:
                    enumType.ParseLiteral(node);
                    break;
                default:
                    errors.Add(
                        Errors.AtNode(
                            $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}.",
                            node
                        )
                    );
                    break;
            }
        }
        catch (GraphQLError error)
        {
            errors.Add(
                error.Locations.Count > 0 || node.Location is null
                    ? error
                    : new GraphQLError(
                        error.Message,
                        [node.Location.ToSourceLocation()],
                        innerException: error
                    )
            );
        }
        catch (Exception exception)
            when (exception
                    is FormatException
                        or InvalidCastException
                        or ArgumentException
                        or OverflowException
            )
        {
            errors.Add(
                Errors.AtNode(
                    $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}; {exception.Message}",
                    node,
                    exception
                )
            );
        }
    }
}
