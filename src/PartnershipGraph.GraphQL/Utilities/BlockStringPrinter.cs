namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Prints a string as a block string (<c>"""…"""</c>) as graphql-js's <c>printBlockString</c> does.</summary>
/// <remarks>https://spec.graphql.org/October2021/#BlockStringCharacter</remarks>
internal static class BlockStringPrinter
{
    /// <summary>The block string literal, with leading and trailing new lines where they make it more readable.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine =
            lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines =
            !minimize
            && (
                !isSingleLine
                || value.Length > 70
                || forceTrailingNewLine
                || forceLeadingNewLine
                || hasTrailingTripleQuotes
            );
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        var before =
            (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine ? "\n" : "";
        var after = printAsMultipleLines || forceTrailingNewLine ? "\n" : "";
        return "\"\"\"" + before + escaped + after + "\"\"\"";
    }
}
