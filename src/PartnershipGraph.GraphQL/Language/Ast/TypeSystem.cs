namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A schema definition: <c>Description? schema Directives? { RootOperationTypeDefinition+ }</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#SchemaDefinition</remarks>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes
) : TypeSystemDefinitionOrExtensionNode;

/// <summary>A root operation type: <c>OperationType : NamedType</c>.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type)
    : SyntaxNode;

/// <summary>A named type definition or extension.</summary>
/// <remarks>https://spec.graphql.org/October2021/#TypeDefinition</remarks>
public abstract record TypeDefinitionOrExtensionNode : TypeSystemDefinitionOrExtensionNode
{
    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; init; }

    /// <summary>The directives applied to the type.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A scalar type definition.</summary>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives
) : TypeDefinitionOrExtensionNode;

/// <summary>An object type definition.</summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;

/// <summary>A field definition: <c>Description? Name ArgumentsDefinition? : Type Directives?</c>.</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives
) : SyntaxNode;

/// <summary>An argument or input field definition: <c>Description? Name : Type DefaultValue? Directives?</c>.</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives
) : SyntaxNode;

/// <summary>An interface type definition.</summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;

/// <summary>A union type definition.</summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types
) : TypeDefinitionOrExtensionNode;

/// <summary>An enum type definition.</summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values
) : TypeDefinitionOrExtensionNode;

/// <summary>An enum value definition.</summary>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives
) : SyntaxNode;

/// <summary>An input object type definition.</summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;

/// <summary>A directive definition: <c>Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#DirectiveDefinition</remarks>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations
) : TypeSystemDefinitionOrExtensionNode;
