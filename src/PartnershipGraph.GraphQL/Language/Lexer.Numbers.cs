namespace PartnershipGraph.GraphQL.Language;

internal ref partial struct Lexer
{
    // IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]
    // FloatValue :: IntegerPart FractionalPart ExponentPart? | IntegerPart ExponentPart
    // IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    private void ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(
                    position,
                    $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}."
                );
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        // FractionalPart :: . Digit+
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw Error(
                position,
                $"Invalid number, expected digit but got: {PrintCodePointAt(position)}."
            );
        }
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(
                start,
                $"Invalid number, expected digit but got: {PrintCodePointAt(start)}."
            );
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            ++position;
        }
        return position;
    }
}
