namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document: executable definitions, type-system definitions and extensions.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Document</remarks>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;

/// <summary>One top-level definition of a document.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>A definition that can be executed: an operation or a fragment.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;

/// <summary>A definition or extension of the type system.</summary>
public abstract record TypeSystemDefinitionOrExtensionNode : DefinitionNode;
