namespace PartnershipGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>.</summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The most lexical tokens (comments excluded) a document may contain; beyond it parsing stops with a syntax error.</summary>
    /// <value>15000.</value>
    public int MaxTokens { get; init; } = 15000;

    /// <summary>The deepest nesting of selection sets, list and object values and list types a document may contain.</summary>
    /// <value>64.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Whether to leave <see cref="Ast.SyntaxNode.Location"/> unset on every node.</summary>
    /// <value><see langword="false"/>.</value>
    public bool NoLocation { get; init; }
}
