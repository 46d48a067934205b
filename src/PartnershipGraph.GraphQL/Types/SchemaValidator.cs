using System.Text.RegularExpressions;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>Checks the rules of the type system that a schema must follow, as graphql-js's <c>validateSchema</c>, with its messages.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Type-System (the "Type Validation" sub-sections)</remarks>
internal sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    /// <summary>Every rule violation, in the order graphql-js reports them.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params SyntaxNode?[] nodes) =>
        _errors.Add(Errors.AtNodes(message, nodes));

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                Report(
                    $"Directive @{directive.Name} must include 1 or more locations.",
                    directive.AstNode
                );
            }
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    Report(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode
                    );
                }
                if (argument.IsRequired && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type
                    );
                }
            }
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCircularRefs(this);
        foreach (var type in _schema.TypeMap.Values)
        {
            if (!type.IsBuiltIn)
            {
                ValidateName(type.Name, type.AstNode);
            }
            switch (type)
            {
                case ObjectOrInterfaceType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    cycles.Check(inputObject);
                    break;
            }
        }
    }

    /// <summary>Names match <c>/^[_a-zA-Z][_a-zA-Z0-9]*$/</c> and do not begin with <c>__</c>.</summary>
    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.Length == 0)
        {
            Report("Expected name to be a non-empty string.", node);
            return;
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }
        if (!NamePattern().IsMatch(name))
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
            return;
        }
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                node
            );
        }
    }

    private static DirectiveNode? DeprecatedDirectiveNode(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
