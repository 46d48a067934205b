using PartnershipGraph.GraphQL.Language;

namespace PartnershipGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private sealed record Token(
        TokenKind Kind,
        string? Value,
        int Start,
        int End,
        int Line,
        int Column
    );

    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        do
        {
            lexer.Advance();
            tokens.Add(
                new Token(lexer.Kind, lexer.Value, lexer.Start, lexer.End, lexer.Line, lexer.Column)
            );
        } while (lexer.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    private static GraphQLError Fails(string source) =>
        Assert.Throws<GraphQLError>(() => Lex(source));

    [Fact]
    public void Reads_every_punctuator()
    {
        Assert.Equal(
            [
                TokenKind.Bang,
                TokenKind.Dollar,
                TokenKind.Amp,
                TokenKind.ParenL,
                TokenKind.ParenR,
                TokenKind.Spread,
                TokenKind.Colon,
                TokenKind.Equals,
                TokenKind.At,
                TokenKind.BracketL,
                TokenKind.BracketR,
                TokenKind.BraceL,
                TokenKind.Pipe,
                TokenKind.BraceR,
                TokenKind.EndOfFile,
            ],
            Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind)
        );
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_the_byte_order_mark()
    {
        var token = Single("\uFEFF \t,,# comment\n\r\n\r  name # trailing");
        Assert.Equal(new Token(TokenKind.Name, "name", 20, 24, 4, 3), token);
    }

    [Fact]
    public void Ends_with_an_end_of_file_token_at_the_end()
    {
        Assert.Equal(new Token(TokenKind.EndOfFile, null, 3, 3, 1, 4), Lex("   ")[0]);
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("_under_score_")]
    [InlineData("with123digits")]
    [InlineData("__typename")]
    public void Reads_names(string name) => Assert.Equal(name, Single(name).Value);

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("9", false)]
    [InlineData("-9876543210", false)]
    [InlineData("4.123", true)]
    [InlineData("-4.123", true)]
    [InlineData("0.123", true)]
    [InlineData("123e4", true)]
    [InlineData("123E4", true)]
    [InlineData("123e-4", true)]
    [InlineData("123e+4", true)]
    [InlineData("-1.123e4567", true)]
    public void Reads_numbers_as_written(string number, bool isFloat)
    {
        var token = Single(number);
        Assert.Equal(isFloat ? TokenKind.Float : TokenKind.Int, token.Kind);
        Assert.Equal(number, token.Value);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{00005678}\"", "unicode \u1234\u5678")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    [InlineData("\"bell \u0007\"", "bell \u0007")]
    public void Reads_strings_with_escapes_resolved(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData(
        "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"",
        "spans\n  multiple\n    lines"
    )]
    public void Reads_block_strings_with_common_indentation_removed(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Counts_the_lines_of_a_block_string_for_later_tokens()
    {
        var tokens = Lex("\"\"\"\none\r\ntwo\rthree\n\"\"\" after");
        Assert.Equal(new Token(TokenKind.Name, "after", 23, 28, 5, 5), tokens[1]);
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData(
        "'",
        "Unexpected single quote character ('), did you mean to use a double quote (\")?",
        1,
        1
    )]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("\n\n   ?", "Unexpected character: \"?\".", 3, 4)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Unterminated string.", 1, 8)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 1, 6)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData(
        "\"bad \\u{FFFFFF} esc\"",
        "Invalid Unicode escape sequence: \"\\u{FFFFFF}\".",
        1,
        6
    )]
    [InlineData("\"bad \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"\"\"no end", "Unterminated string.", 1, 10)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("12a", "Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1_", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1.5\"", "Unterminated string.", 1, 5)]
    public void Reports_lexical_errors_as_graphql_js_does(
        string source,
        string message,
        int line,
        int column
    )
    {
        var error = Fails(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
    }

    [Fact]
    public void Reports_a_lone_surrogate_as_an_invalid_character()
    {
        var error = Fails("a \uD83D");
        Assert.Equal("Syntax Error: Invalid character: U+D83D.", error.Message);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations));
    }

    [Fact]
    public void Looks_ahead_without_moving()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        var next = lexer.Lookahead();
        Assert.Equal("b", next.Value);
        Assert.Equal("a", lexer.Value);
    }
}
