using System.Text;

namespace PartnershipGraph.GraphQL.Language;

/// <summary>The block string algorithms: reading (common indentation removed) and printing.</summary>
/// <remarks>https://spec.graphql.org/October2021/#BlockStringValue()</remarks>
internal static class BlockString
{
    /// <summary>BlockStringValue(rawValue): removes common indentation and leading and trailing blank lines, joining with <c>\n</c>.</summary>
    public static string Dedent(List<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        if (firstNonEmptyLine < 0)
        {
            return "";
        }
        var result = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i > firstNonEmptyLine)
            {
                result.Append('\n');
            }
            var line = lines[i];
            result.Append(i == 0 ? line : line.AsSpan(Math.Min(commonIndent, line.Length)));
        }
        return result.ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsWhiteSpace(int code) => code is '\t' or ' ';

    /// <summary>Prints a string as a block string, as graphql-js's <c>printBlockString</c> does.</summary>
    public static string Print(string value)
    {
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escapedValue);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine =
            lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines =
            !isSingleLine
            || value.Length > 70
            || forceTrailingNewline
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }
        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }
        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Splits at <c>\r\n</c>, <c>\n</c> and <c>\r</c>.</summary>
    private static string[] SplitLines(string value) =>
        value.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
}
