using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Declares the type-system definitions and extensions of an SDL document on a <see cref="SchemaBuilder"/>, as graphql-js's <c>buildASTSchema</c> reads them.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Type-System</remarks>
internal static class SdlLoader
{
    public static void Load(SchemaBuilder builder, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (schema.Description is { } description)
                    {
                        builder.Description(description.Value);
                    }
                    builder.SchemaAstNode = schema;
                    SetRootTypes(builder, schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    SetRootTypes(builder, extension.OperationTypes);
                    break;
                case TypeDefinitionOrExtensionNode type:
                    LoadType(builder, type);
                    break;
                case DirectiveDefinitionNode directive:
                    LoadDirective(builder, directive);
                    break;
            }
        }
    }

    private static void SetRootTypes(
        SchemaBuilder builder,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes
    )
    {
        foreach (var operationType in operationTypes)
        {
            var name = operationType.Type.Name.Value;
            _ = operationType.Operation switch
            {
                OperationType.Query => builder.QueryType(name),
                OperationType.Mutation => builder.MutationType(name),
                _ => builder.SubscriptionType(name),
            };
        }
    }

    private static void LoadType(SchemaBuilder builder, TypeDefinitionOrExtensionNode node)
    {
        switch (node)
        {
            case ScalarTypeDefinitionNode scalar:
                LoadScalar(
                    builder,
                    scalar.Name.Value,
                    scalar.Description,
                    scalar.Directives,
                    scalar
                );
                break;
            case ScalarTypeExtensionNode scalar:
                LoadScalar(builder, scalar.Name.Value, null, scalar.Directives, null);
                break;
            case ObjectTypeDefinitionNode obj:
                builder.Object(
                    obj.Name.Value,
                    o =>
                        LoadComplex(
                            o,
                            obj.Description,
                            obj.Interfaces,
                            obj.Directives,
                            obj.Fields,
                            obj
                        )
                );
                break;
            case ObjectTypeExtensionNode obj:
                builder.Object(
                    obj.Name.Value,
                    o => LoadComplex(o, null, obj.Interfaces, obj.Directives, obj.Fields, null)
                );
                break;
            case InterfaceTypeDefinitionNode iface:
                builder.Interface(
                    iface.Name.Value,
                    i =>
                        LoadComplex(
                            i,
                            iface.Description,
                            iface.Interfaces,
                            iface.Directives,
                            iface.Fields,
                            iface
                        )
                );
                break;
            case InterfaceTypeExtensionNode iface:
                builder.Interface(
                    iface.Name.Value,
                    i =>
                        LoadComplex(i, null, iface.Interfaces, iface.Directives, iface.Fields, null)
                );
                break;
            case UnionTypeDefinitionNode union:
                builder.Union(
                    union.Name.Value,
                    u => LoadUnion(u, union.Description, union.Directives, union.Types, union)
                );
                break;
            case UnionTypeExtensionNode union:
                builder.Union(
                    union.Name.Value,
                    u => LoadUnion(u, null, union.Directives, union.Types, null)
                );
                break;
            case EnumTypeDefinitionNode enumNode:
                builder.Enum(
                    enumNode.Name.Value,
                    e =>
                        LoadEnum(
                            e,
                            enumNode.Description,
                            enumNode.Directives,
                            enumNode.Values,
                            enumNode
                        )
                );
                break;
            case EnumTypeExtensionNode enumNode:
                builder.Enum(
                    enumNode.Name.Value,
                    e => LoadEnum(e, null, enumNode.Directives, enumNode.Values, null)
                );
                break;
            case InputObjectTypeDefinitionNode input:
                builder.InputObject(
                    input.Name.Value,
                    i => LoadInput(i, input.Description, input.Directives, input.Fields, input)
                );
                break;
            case InputObjectTypeExtensionNode input:
                builder.InputObject(
                    input.Name.Value,
                    i => LoadInput(i, null, input.Directives, input.Fields, null)
                );
                break;
        }
    }

    private static void LoadScalar(
        SchemaBuilder builder,
        string name,
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        TypeDefinitionOrExtensionNode? node
    )
    {
        // As buildASTSchema: definitions of the specified scalars are replaced by the standard ones.
        if (BuiltInScalars.Get(name) is not null)
        {
            return;
        }
        var behaviour = ExtendedScalars.Get(name);
        builder.Scalar(
            name,
            s =>
            {
                if (description is not null)
                {
                    s.Description(description.Value);
                }
                if (StringArgument(directives, "specifiedBy", "url") is { } url)
                {
                    s.SpecifiedBy(url);
                }
                if (behaviour is not null)
                {
                    s.Serialize(behaviour.Serialize)
                        .ParseValue(behaviour.ParseValue)
                        .ParseLiteral(
                            (literal, variables) => behaviour.ParseLiteral(literal, variables)
                        );
                }
                s.Directives.AddRange(directives);
                s.AstNode ??= node;
            }
        );
    }

    private static void LoadComplex<TSelf>(
        ComplexTypeBuilder<TSelf> builder,
        StringValueNode? description,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        TypeDefinitionOrExtensionNode? node
    )
        where TSelf : ComplexTypeBuilder<TSelf>
    {
        if (description is not null)
        {
            builder.Description(description.Value);
        }
        builder.Implements([.. interfaces.Select(i => i.Name.Value)]);
        builder.Directives.AddRange(directives);
        builder.AstNode ??= node;
        foreach (var fieldNode in fields)
        {
            var field = builder.Field(fieldNode.Name.Value, ValuePrinter.Print(fieldNode.Type));
            field.TypeAst = fieldNode.Type;
            field.AstNode = fieldNode;
            if (fieldNode.Description is not null)
            {
                field.Description(fieldNode.Description.Value);
            }
            if (DeprecationReason(fieldNode.Directives) is { } reason)
            {
                field.Deprecated(reason);
            }
            field.Directives.AddRange(fieldNode.Directives);
            foreach (var argument in fieldNode.Arguments)
            {
                field.Arguments.Add(LoadInputValue(argument));
            }
        }
    }

    private static void LoadUnion(
        UnionTypeBuilder builder,
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        TypeDefinitionOrExtensionNode? node
    )
    {
        if (description is not null)
        {
            builder.Description(description.Value);
        }
        builder.Types([.. types.Select(t => t.Name.Value)]);
        builder.Directives.AddRange(directives);
        builder.AstNode ??= node;
    }

    private static void LoadEnum(
        EnumTypeBuilder builder,
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        TypeDefinitionOrExtensionNode? node
    )
    {
        if (description is not null)
        {
            builder.Description(description.Value);
        }
        builder.Directives.AddRange(directives);
        builder.AstNode ??= node;
        foreach (var valueNode in values)
        {
            builder.Value(
                valueNode.Name.Value,
                v =>
                {
                    v.AstNode = valueNode;
                    if (valueNode.Description is not null)
                    {
                        v.Description(valueNode.Description.Value);
                    }
                    if (DeprecationReason(valueNode.Directives) is { } reason)
                    {
                        v.Deprecated(reason);
                    }
                    v.Directives.AddRange(valueNode.Directives);
                }
            );
        }
    }

    private static void LoadInput(
        InputObjectTypeBuilder builder,
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        TypeDefinitionOrExtensionNode? node
    )
    {
        if (description is not null)
        {
            builder.Description(description.Value);
        }
        if (directives.Any(d => d.Name.Value == "oneOf"))
        {
            builder.OneOf();
        }
        builder.Directives.AddRange(directives);
        builder.AstNode ??= node;
        foreach (var field in fields)
        {
            builder.Fields.Add(LoadInputValue(field));
        }
    }

    private static void LoadDirective(SchemaBuilder builder, DirectiveDefinitionNode node) =>
        builder.Directive(
            node.Name.Value,
            d =>
            {
                d.AstNode = node;
                if (node.Description is not null)
                {
                    d.Description(node.Description.Value);
                }
                if (node.Repeatable)
                {
                    d.Repeatable();
                }
                foreach (var location in node.Locations)
                {
                    if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                    {
                        d.Locations(parsed);
                    }
                    else
                    {
                        builder.LoadErrors.Add(
                            Errors.AtNode(
                                $"Unexpected directive location \"{location.Value}\".",
                                location
                            )
                        );
                    }
                }
                foreach (var argument in node.Arguments)
                {
                    d.Arguments.Add(LoadInputValue(argument));
                }
            }
        );

    private static InputValueBuilder LoadInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueBuilder(node.Name.Value, ValuePrinter.Print(node.Type))
        {
            TypeAst = node.Type,
            AstNode = node,
        };
        if (node.Description is not null)
        {
            value.Description(node.Description.Value);
        }
        if (node.DefaultValue is not null)
        {
            value.DefaultValueLiteral(node.DefaultValue);
        }
        if (DeprecationReason(node.Directives) is { } reason)
        {
            value.Deprecated(reason);
        }
        value.Directives.AddRange(node.Directives);
        return value;
    }

    /// <summary>The reason of an <c>@deprecated</c> directive (its default when not given), or <see langword="null"/> without one.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(d => d.Name.Value == "deprecated")
            ? StringArgument(directives, "deprecated", "reason")
                ?? BuiltInDirectives.DefaultDeprecationReason
            : null;

    private static string? StringArgument(
        IReadOnlyList<DirectiveNode> directives,
        string directive,
        string argument
    ) =>
        directives
            .FirstOrDefault(d => d.Name.Value == directive)
            ?.Arguments.FirstOrDefault(a => a.Name.Value == argument)
            ?.Value
            is StringValueNode value
            ? value.Value
            : null;
}
