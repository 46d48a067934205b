using System.Text;

namespace PartnershipGraph.GraphQL.Language;

internal ref partial struct Lexer
{
    // StringValue :: "" [lookahead != "] | " StringCharacter+ "
    // StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    private void ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null
                    ? new string(body[chunkStart..position])
                    : value.Append(body[chunkStart..position]).ToString();
                SetToken(TokenKind.String, start, position + 1);
                StringValue = text;
                return;
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body[chunkStart..position]);
                position +=
                    CharAt(position + 1) == 'u'
                        ? CharAt(position + 2) == '{'
                            ? ReadEscapedUnicodeVariableWidth(position, value)
                            : ReadEscapedUnicodeFixedWidth(position, value)
                        : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }
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
                throw Error(
                    position,
                    $"Invalid character within String: {PrintCodePointAt(position)}."
                );
            }
        }
        throw Error(position, "Unterminated string.");
    }

    // EscapedUnicode :: { HexDigit+ }
    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, with JSON-style surrogate pairs.
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) =>
        code switch
        {
            >= '0' and <= '9' => code - '0',
            >= 'A' and <= 'F' => code - 'A' + 10,
            >= 'a' and <= 'f' => code - 'a' + 10,
            _ => -1,
        };

    // EscapedCharacter :: one of " \ / b f n r t
    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }
        value.Append(escaped.Value);
        return 2;
    }

    // BlockString :: """ BlockStringCharacter* """
    private void ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body[chunkStart..position]);
                blockLines.Add(currentLine.ToString());
                SetToken(TokenKind.BlockString, start, position + 3);
                StringValue = BlockString.Dedent(blockLines);
                _line += blockLines.Count - 1;
                _lineStart = lineStart;
                return;
            }
            // Escaped Triple-Quote (\""")
            if (
                code == '\\'
                && CharAt(position + 1) == '"'
                && CharAt(position + 2) == '"'
                && CharAt(position + 3) == '"'
            )
            {
                currentLine.Append(body[chunkStart..position]);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(body[chunkStart..position]);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
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
                throw Error(
                    position,
                    $"Invalid character within String: {PrintCodePointAt(position)}."
                );
            }
        }
        throw Error(position, "Unterminated string.");
    }

    /// <summary>graphql-js's <c>body.slice(start, start + length)</c>, clamped to the end.</summary>
    private readonly string Slice(int start, int length) =>
        new(_body[start..Math.Min(start + length, _body.Length)]);
}
