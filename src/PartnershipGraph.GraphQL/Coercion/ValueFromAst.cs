using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Coerces a literal (with variables already coerced) to a type, as graphql-js's <c>valueFromAST</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Input-Values. Invalid literals yield no value rather than an error: validation reports why.</remarks>
public static class ValueFromAst
{
    /// <summary>Whether the literal is valid for the type; if so, its coerced value.</summary>
    /// <param name="valueNode">The literal.</param>
    /// <param name="type">The input type expected.</param>
    /// <param name="variables">The coerced variable values; an absent key is an unprovided variable.</param>
    /// <param name="value">The coerced value.</param>
    public static bool TryConvert(
        ValueNode valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value
    )
    {
        value = null;
        if (valueNode is VariableNode variable)
        {
            if (
                variables is null
                || !variables.TryGetValue(variable.Name.Value, out var variableValue)
            )
            {
                return false;
            }
            if (variableValue is null && type is NonNullType)
            {
                return false;
            }
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode
                && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }
        if (valueNode is NullValueNode)
        {
            return true;
        }
        return type switch
        {
            ListType list => TryConvertList(valueNode, list, variables, out value),
            InputObjectType inputObject => TryConvertObject(
                valueNode,
                inputObject,
                variables,
                out value
            ),
            EnumType enumType => TryParseLeaf(
                () => enumType.ParseLiteral(valueNode, variables),
                out value
            ),
            ScalarType scalar => TryParseLeaf(
                () => scalar.ParseLiteral(valueNode, variables),
                out value
            ),
            _ => false,
        };
    }

    private static bool TryConvertList(
        ValueNode valueNode,
        ListType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value
    )
    {
        value = null;
        if (valueNode is not ListValueNode list)
        {
            if (!TryConvert(valueNode, type.OfType, variables, out var single))
            {
                return false;
            }
            value = new List<object?> { single };
            return true;
        }
        var items = new List<object?>(list.Values.Count);
        foreach (var itemNode in list.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (type.OfType is NonNullType)
                {
                    return false;
                }
                items.Add(null);
            }
            else if (TryConvert(itemNode, type.OfType, variables, out var item))
            {
                items.Add(item);
            }
            else
            {
                return false;
            }
        }
        value = items;
        return true;
    }

    private static bool TryConvertObject(
        ValueNode valueNode,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value
    )
    {
        value = null;
        if (valueNode is not ObjectValueNode obj)
        {
            return false;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    if (!TryConvert(field.DefaultValue, field.Type, null, out var defaultValue))
                    {
                        return false;
                    }
                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }
                continue;
            }
            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }
            coerced[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }
        value = coerced;
        return true;
    }

    private static bool TryParseLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (Exception exception)
            when (exception
                    is GraphQLError
                        or FormatException
                        or InvalidCastException
                        or ArgumentException
                        or OverflowException
            )
        {
            value = null;
            return false;
        }
    }

    private static bool IsMissingVariable(
        ValueNode node,
        IReadOnlyDictionary<string, object?>? variables
    ) =>
        node is VariableNode variable
        && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
