namespace PartnershipGraph.GraphQL.Language;

/// <summary>Builds the <c>Syntax Error: …</c> errors of the lexer and parser, located as graphql-js locates them.</summary>
internal static class SyntaxError
{
    public static GraphQLError At(ReadOnlySpan<char> body, int position, string description) =>
        new("Syntax Error: " + description, [LocationOf(body, position)]);

    /// <summary>The one-based line and column of a character offset; lines end at <c>\r\n</c>, <c>\n</c> or <c>\r</c>.</summary>
    public static SourceLocation LocationOf(ReadOnlySpan<char> body, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }
}
