namespace PartnershipGraph.GraphQL.Language;

/// <summary>The kinds of lexical token.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens</remarks>
internal enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How tokens are named in syntax error messages (graphql-js wording).</summary>
internal static class TokenKindDescriptions
{
    public static string Describe(this TokenKind kind) =>
        kind switch
        {
            TokenKind.StartOfFile => "<SOF>",
            TokenKind.EndOfFile => "<EOF>",
            TokenKind.Bang => "\"!\"",
            TokenKind.Dollar => "\"$\"",
            TokenKind.Amp => "\"&\"",
            TokenKind.ParenL => "\"(\"",
            TokenKind.ParenR => "\")\"",
            TokenKind.Spread => "\"...\"",
            TokenKind.Colon => "\":\"",
            TokenKind.Equals => "\"=\"",
            TokenKind.At => "\"@\"",
            TokenKind.BracketL => "\"[\"",
            TokenKind.BracketR => "\"]\"",
            TokenKind.BraceL => "\"{\"",
            TokenKind.Pipe => "\"|\"",
            TokenKind.BraceR => "\"}\"",
            TokenKind.Name => "Name",
            TokenKind.Int => "Int",
            TokenKind.Float => "Float",
            TokenKind.String => "String",
            TokenKind.BlockString => "BlockString",
            _ => kind.ToString(),
        };
}
