namespace PartnershipGraph.GraphQL;

/// <summary>A one-based line and column in a GraphQL document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
