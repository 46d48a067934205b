using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Coerces the raw variable values of a request to the operation's variable types, as graphql-js's <c>coerceVariableValues</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values</remarks>
internal static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<
        string,
        object?
    >(0);

    /// <summary>CoerceVariableValues(schema, operation, variableValues): the coerced values, or the errors found (at most <paramref name="maxErrors"/>).</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> inputs,
        int maxErrors,
        List<GraphQLError> errors
    )
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }
        // 1. Let coercedValues be an empty unordered Map.
        var coercedValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        // 3. For each variableDefinition in variableDefinitions:
        foreach (var definition in operation.VariableDefinitions)
        {
            try
            {
                CoerceVariable(schema, definition, inputs, coercedValues, errors, maxErrors);
            }
            catch (TooManyErrors)
            {
                errors.Add(
                    new GraphQLError(
                        "Too many errors processing variables, error limit reached. Execution aborted."
                    )
                );
                return coercedValues;
            }
        }
        return coercedValues;
    }

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coercedValues,
        List<GraphQLError> errors,
        int maxErrors
    )
    {
        var name = definition.Variable.Name.Value;
        // b./c. Let variableType be the expected type; it must be an input type.
        var type = schema.TypeFromAst(definition.Type);
        if (type is null || !type.IsInputType)
        {
            Report(
                errors,
                maxErrors,
                Errors.AtNode(
                    $"Variable \"${name}\" expected value of type \"{ValuePrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type
                )
            );
            return;
        }
        // e./f. If hasValue is not true and defaultValue exists, use it; if the type is non-null, raise a request error.
        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var coerced))
                {
                    coercedValues[name] = coerced;
                }
            }
            else if (type is NonNullType)
            {
                Report(
                    errors,
                    maxErrors,
                    Errors.AtNode(
                        $"Variable \"${name}\" of required type \"{type}\" was not provided.",
                        definition
                    )
                );
            }
            return;
        }
        // g. If variableType is a Non-Nullable type, and value is null, raise a request error.
        if (value is null && type is NonNullType)
        {
            Report(
                errors,
                maxErrors,
                Errors.AtNode(
                    $"Variable \"${name}\" of non-null type \"{type}\" must not be null.",
                    definition
                )
            );
            return;
        }
        // h. Coerce value according to the input coercion rules of variableType.
        coercedValues[name] = InputCoercion.CoerceInputValue(
            value,
            type,
            (path, invalidValue, error) =>
            {
                var prefix =
                    $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalidValue)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
                }
                Report(
                    errors,
                    maxErrors,
                    new GraphQLError(
                        prefix + "; " + error.Message,
                        definition.Location is { } location ? [location.ToSourceLocation()] : null,
                        extensions: error.Extensions,
                        innerException: error.InnerException
                    )
                );
            }
        );
    }

    private static void Report(List<GraphQLError> errors, int maxErrors, GraphQLError error)
    {
        if (errors.Count >= maxErrors)
        {
            throw new TooManyErrors();
        }
        errors.Add(error);
    }

    private sealed class TooManyErrors : Exception;
}
