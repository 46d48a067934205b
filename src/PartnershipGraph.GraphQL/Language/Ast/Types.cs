namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Type</remarks>
public abstract record TypeNode : SyntaxNode;

/// <summary>A named type reference.</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode;

/// <summary>A list type reference: <c>[ Type ]</c>.</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode;

/// <summary>A non-null type reference: <c>NamedType !</c> or <c>ListType !</c>.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
