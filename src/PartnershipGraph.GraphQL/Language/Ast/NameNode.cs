namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>A name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Name</remarks>
public sealed record NameNode(string Value) : SyntaxNode;
