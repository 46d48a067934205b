namespace PartnershipGraph.GraphQL.Language;

/// <summary>Reads the lexical tokens of a GraphQL document one at a time, skipping ignored tokens.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Language.Source-Text. A value type over a span: copying it
/// is how the parser looks ahead. Error messages and positions are those of graphql-js.
/// </remarks>
internal ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _body;
    private int _line;
    private int _lineStart;

    public Lexer(ReadOnlySpan<char> body)
    {
        _body = body;
        _line = 1;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The source text.</summary>
    public readonly ReadOnlySpan<char> Body => _body;

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>The offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>The one-based line of the current token.</summary>
    public int Line { get; private set; }

    /// <summary>The one-based column of the current token.</summary>
    public int Column { get; private set; }

    /// <summary>The offset just past the previous token.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>The value of the current String or BlockString token, escapes resolved.</summary>
    public string? StringValue { get; private set; }

    /// <summary>The raw text of the current token.</summary>
    public readonly ReadOnlySpan<char> Raw => _body[Start..End];

    /// <summary>The token's value as graphql-js reports it, or <see langword="null"/> for punctuators and the ends of the file.</summary>
    public readonly string? Value =>
        Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => new string(Raw),
            TokenKind.String or TokenKind.BlockString => StringValue,
            _ => null,
        };

    /// <summary>Whether the current token has this value (the kind is not checked, as in graphql-js).</summary>
    public readonly bool ValueEquals(string value) =>
        Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => Raw.SequenceEqual(value),
            TokenKind.String or TokenKind.BlockString => StringValue == value,
            _ => false,
        };

    /// <summary>Whether the current token is the name <paramref name="keyword"/>.</summary>
    public readonly bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && Raw.SequenceEqual(keyword);

    /// <summary>The current token as an error message names it: kind, then value in quotes.</summary>
    public readonly string Describe()
    {
        var value = Value;
        return value is null ? Kind.Describe() : $"{Kind.Describe()} \"{value}\"";
    }

    /// <summary>Moves to the next token that is not ignored.</summary>
    public void Advance()
    {
        PreviousEnd = End;
        if (Kind != TokenKind.EndOfFile)
        {
            ReadNextToken(End);
        }
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Lexer Lookahead()
    {
        var copy = this;
        copy.Advance();
        return copy;
    }

    private void ReadNextToken(int position)
    {
        var body = _body;
        StringValue = null;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                // Ignored tokens: UnicodeBOM, WhiteSpace, Comma.
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    ++position;
                    continue;
                // LineTerminator.
                case '\n':
                    ++position;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                // Comment :: # CommentChar*
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    SetToken(TokenKind.Bang, position, position + 1);
                    return;
                case '$':
                    SetToken(TokenKind.Dollar, position, position + 1);
                    return;
                case '&':
                    SetToken(TokenKind.Amp, position, position + 1);
                    return;
                case '(':
                    SetToken(TokenKind.ParenL, position, position + 1);
                    return;
                case ')':
                    SetToken(TokenKind.ParenR, position, position + 1);
                    return;
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                    }
                    break;
                case ':':
                    SetToken(TokenKind.Colon, position, position + 1);
                    return;
                case '=':
                    SetToken(TokenKind.Equals, position, position + 1);
                    return;
                case '@':
                    SetToken(TokenKind.At, position, position + 1);
                    return;
                case '[':
                    SetToken(TokenKind.BracketL, position, position + 1);
                    return;
                case ']':
                    SetToken(TokenKind.BracketR, position, position + 1);
                    return;
                case '{':
                    SetToken(TokenKind.BraceL, position, position + 1);
                    return;
                case '|':
                    SetToken(TokenKind.Pipe, position, position + 1);
                    return;
                case '}':
                    SetToken(TokenKind.BraceR, position, position + 1);
                    return;
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }
                    return;
            }
            if (IsDigit(code) || code == '-')
            {
                ReadNumber(position, code);
                return;
            }
            if (IsNameStart(code))
            {
                ReadName(position);
                return;
            }
            throw Error(
                position,
                code == '\''
                        ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}."
            );
        }
        SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart;
    }

    // Comment :: # CommentChar* — CommentChar :: SourceCharacter but not LineTerminator
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    // Name :: NameStart NameContinue* [lookahead != NameContinue]
    private void ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            ++position;
        }
        SetToken(TokenKind.Name, start, position);
    }

    /// <summary>The character at an offset, or -1 past the end (graphql-js's NaN).</summary>
    private readonly int CharAt(int position) =>
        (uint)position < (uint)_body.Length ? _body[position] : -1;

    private readonly GraphQLError Error(int position, string description) =>
        SyntaxError.At(_body, position, description);

    /// <summary>A character as error messages show it: <c>"x"</c>, <c>'"'</c>, <c>U+XXXX</c> or <c>&lt;EOF&gt;</c>.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = _body[position];
        if (
            char.IsHighSurrogate((char)code)
            && position + 1 < _body.Length
            && char.IsLowSurrogate(_body[position + 1])
        )
        {
            code = char.ConvertToUtf32((char)code, _body[position + 1]);
        }
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    internal static bool IsUnicodeScalarValue(int code) =>
        code is >= 0x0000 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    internal static bool IsDigit(int code) => code is >= '0' and <= '9';

    internal static bool IsNameStart(int code) =>
        code is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
