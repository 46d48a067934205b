namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A node of the abstract syntax tree of a GraphQL document.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Language</remarks>
public abstract record SyntaxNode
{
    /// <summary>Where the node stands in the source, or <see langword="null"/> for a node built in code.</summary>
    public Location? Location { get; init; }
}
