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
        string kind = "document"
    )
    {
        var input = JsonSerializer.Serialize(
            sources.Select(source => new { kind, codes = source.Select(c => (int)c) })
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
    public static ParseOutcome Ours(string source, string kind = "document")
    {
        try
        {
            var node = kind switch
            {
                "value" => (PartnershipGraph.GraphQL.Language.Ast.SyntaxNode)
                    Parser.ParseValue(source, Unlimited),
                "constValue" => Parser.ParseConstValue(source, Unlimited),
                "type" => Parser.ParseType(source, Unlimited),
                _ => Parser.Parse(source, Unlimited),
            };
            return new ParseOutcome(Printer.Print(node), null, "");
        }
        catch (GraphQLError error)
        {
            return new ParseOutcome(
                null,
                error.Message,
                string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"))
            );
        }
    }

    /// <summary>graphql-js has no limits by default; differential tests compare without ours.</summary>
    public static ParserOptions Unlimited { get; } =
        new() { MaxTokens = int.MaxValue, MaxDepth = 1000 };
}
