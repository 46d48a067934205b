using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>Variables are only allowed where their type fits: the same type or a more strict one, a nullable variable only where a default value fills in, never nullable inside a <c>@oneOf</c> input object.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed</remarks>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(
            StringComparer.Ordinal
        );

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions[node.Variable.Name.Value] = node;
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            var schema = context.Schema;
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (
                    !_definitions.TryGetValue(name, out var definition)
                    || usage.Type is not { } locationType
                    || schema.TypeFromAst(definition.Type) is not { } variableType
                )
                {
                    continue;
                }
                if (
                    !IsAllowed(
                        schema,
                        variableType,
                        definition.DefaultValue,
                        locationType,
                        usage.DefaultValue
                    )
                )
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                            definition,
                            usage.Node
                        )
                    );
                }
                if (
                    usage.ParentType is InputObjectType { IsOneOf: true } oneOf
                    && variableType is not NonNullType
                )
                {
                    context.ReportError(
                        Errors.AtNodes(
                            $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                            definition,
                            usage.Node
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }

        // A nullable variable may stand where a non-null value is expected only if a non-null default value fills in for it.
        private static bool IsAllowed(
            Schema schema,
            GraphQLType variableType,
            ValueNode? variableDefaultValue,
            GraphQLType locationType,
            ValueNode? locationDefaultValue
        )
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault =
                    variableDefaultValue is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && locationDefaultValue is null)
                {
                    return false;
                }
                return TypeComparators.IsTypeSubTypeOf(
                    schema,
                    variableType,
                    nonNullLocation.OfType
                );
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
