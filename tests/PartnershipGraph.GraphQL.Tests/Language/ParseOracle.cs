using System.Text.Json;
using PartnershipGraph.GraphQL.Language;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>The outcome of parsing and printing a source: the printed text, or the syntax error.</summary>
public sealed record ParseOutcome(string? Printed, string? Message, string Locations)
{
    public override string ToString() =>
        Printed is not null ? $"printed:\n{Printed}" : $"error: {Message} at {Locations}";
}

/// <summary>Parses and prints sources with graphql-js (in one node process per batch) and with our parser.</summary>
public static class ParseOracle
{
    /// <summary>graphql-js's outcomes, in order; <paramref name="kind"/> is document, value, constValue or type.</summary>
    public static IReadOnlyList<ParseOutcome> GraphQLJs(
        IReadOnlyList<string> sources,
        string kind = "document",
        object? options = null
    )
    {
        var input = JsonSerializer.Serialize(
            sources.Select(source => new
            {
                kind,
                codes = source.Select(c => (int)c),
                options,
            })
        );
        using var output = JsonDocument.Parse(GraphQL.Tests.GraphQLJs.Run("parse.mjs", input));
        return output
            .RootElement.EnumerateArray()
            .Select(result =>
                result.TryGetProperty("printed", out var printed)
                    ? new ParseOutcome(printed.GetString(), null, "")
                    : new ParseOutcome(
                        null,
                        result.GetProperty("message").GetString(),
                        string.Join(
                            ",",
                            result
                                .GetProperty("locations")
                                .EnumerateArray()
                                .Select(l => $"{l.GetProperty("line")}:{l.GetProperty("column")}")
                        )
                    )
            )
            .ToList();
    }

    /// <summary>Our outcome for the same input.</summary>
    public static ParseOutcome Ours(
        string source,
        string kind = "document",
        ParserOptions? options = null
    )
    {
        options ??= Unlimited;
        try
        {
            var node = kind switch
            {
                "value" => (PartnershipGraph.GraphQL.Language.Ast.SyntaxNode)
                    Parser.ParseValue(source, options),
                "constValue" => Parser.ParseConstValue(source, options),
                "type" => Parser.ParseType(source, options),
                _ => Parser.Parse(source, options),
            };
            return new ParseOutcome(WellFormed(Printer.Print(node)), null, "");
        }
        catch (GraphQLError error)
        {
            return new ParseOutcome(
                null,
                WellFormed(error.Message),
                string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"))
            );
        }
    }

    /// <summary>Replaces lone surrogates with U+FFFD, as JavaScript's <c>toWellFormed</c> does.</summary>
    public static string WellFormed(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (
                char.IsHighSurrogate(chars[i])
                && i + 1 < chars.Length
                && char.IsLowSurrogate(chars[i + 1])
            )
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    /// <summary>graphql-js has no limits by default; differential tests compare without ours.</summary>
    public static ParserOptions Unlimited { get; } =
        new() { MaxTokens = int.MaxValue, MaxDepth = 1000 };
}
