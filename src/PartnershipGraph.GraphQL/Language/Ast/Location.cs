namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>The span of a node in its source: character offsets and the one-based line and column of its start.</summary>
public sealed record Location(int Start, int End, int Line, int Column)
{
    /// <summary>The line and column of the node's first character.</summary>
    public SourceLocation ToSourceLocation() => new(Line, Column);
}
