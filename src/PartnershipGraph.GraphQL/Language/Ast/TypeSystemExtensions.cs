namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A schema extension: <c>extend schema Directives? { RootOperationTypeDefinition+ }?</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#SchemaExtension</remarks>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes
) : TypeSystemDefinitionOrExtensionNode;

/// <summary>A scalar type extension.</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : TypeDefinitionOrExtensionNode;

/// <summary>An object type extension.</summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;

/// <summary>An interface type extension.</summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;

/// <summary>A union type extension.</summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types
) : TypeDefinitionOrExtensionNode;

/// <summary>An enum type extension.</summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values
) : TypeDefinitionOrExtensionNode;

/// <summary>An input object type extension.</summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields
) : TypeDefinitionOrExtensionNode;
