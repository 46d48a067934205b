using System.Text;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Writes random documents that follow the grammar, with random ignored tokens between tokens.</summary>
public sealed class DocumentGenerator(int seed)
{
    private static readonly string[] Names =
    [
        "a",
        "field",
        "Type",
        "query",
        "mutation",
        "type",
        "input",
        "on",
        "schema",
        "extend",
        "repeatable",
        "_x",
        "n1",
        "aVeryLongFieldNameThatTakesSpace",
        "anotherQuiteLongArgumentName",
    ];

    private static readonly string[] Locations =
    [
        "FIELD",
        "QUERY",
        "OBJECT",
        "ENUM_VALUE",
        "SCHEMA",
    ];

    private readonly Random _random = new(seed);
    private readonly StringBuilder _text = new();

    public string Document()
    {
        _text.Clear();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            Definition();
            Ignored();
        }
        return _text.ToString();
    }

    private void Definition()
    {
        switch (_random.Next(6))
        {
            case 0:
                SelectionSet(3);
                break;
            case 1:
                Operation();
                break;
            case 2:
                MaybeDescription();
                Token("fragment")
                    .Name(exclude: "on")
                    .Token("on")
                    .Name()
                    .Directives(false)
                    .SelectionSet(3);
                break;
            case 3:
            case 4:
                TypeDefinition();
                break;
            default:
                Extension();
                break;
        }
    }

    private void Operation()
    {
        MaybeDescription();
        Token(Pick(["query", "mutation", "subscription"]));
        if (Chance(2))
        {
            Name();
        }
        if (Chance(2))
        {
            Token("(");
            Repeat(
                1,
                3,
                () =>
                {
                    MaybeDescription();
                    Token("$").Name().Token(":").Type();
                    if (Chance(3))
                    {
                        Token("=").Value(true, 2);
                    }
                    Directives(true);
                }
            );
            Token(")");
        }
        Directives(false).SelectionSet(3);
    }

    private DocumentGenerator SelectionSet(int depth)
    {
        Token("{");
        Repeat(
            1,
            4,
            () =>
            {
                switch (_random.Next(depth > 0 ? 5 : 3))
                {
                    case 0:
                        Token("...").Name(exclude: "on").Directives(false);
                        break;
                    case 1:
                        Token("...");
                        if (Chance(2))
                        {
                            Token("on").Name();
                        }
                        Directives(false).SelectionSet(depth - 1);
                        break;
                    default:
                        Field(depth);
                        break;
                }
            }
        );
        return Token("}");
    }

    private void Field(int depth)
    {
        if (Chance(3))
        {
            Name().Token(":");
        }
        Name();
        Arguments(false);
        Directives(false);
        if (depth > 0 && Chance(2))
        {
            SelectionSet(depth - 1);
        }
    }

    private DocumentGenerator Arguments(bool isConst)
    {
        if (Chance(2))
        {
            Token("(");
            Repeat(1, 4, () => Name().Token(":").Value(isConst, 2));
            Token(")");
        }
        return this;
    }

    private DocumentGenerator Directives(bool isConst)
    {
        Repeat(0, 2, () => Token("@").Name().Arguments(isConst));
        return this;
    }

    private DocumentGenerator Value(bool isConst, int depth)
    {
        switch (_random.Next(depth > 0 ? 11 : 9))
        {
            case 0:
                return Token(Pick(["0", "-0", "42", "-7", "123456789012345678901234567890"]));
            case 1:
                return Token(Pick(["1.5", "-0.0", "1e10", "2E-3", "6.02e+23"]));
            case 2:
                return Token(StringLiteral());
            case 3:
                return Token(BlockStringLiteral());
            case 4:
                return Token(Pick(["true", "false", "null"]));
            case 5:
                return Token(Pick(["RED", "ON_TRACK", "query", "on"]));
            case 6:
            case 7:
            case 8:
                return isConst ? Token("1") : Token("$").Name();
            case 9:
                Token("[");
                Repeat(0, 3, () => Value(isConst, depth - 1));
                return Token("]");
            default:
                Token("{");
                Repeat(0, 3, () => Name().Token(":").Value(isConst, depth - 1));
                return Token("}");
        }
    }

    private DocumentGenerator Type()
    {
        var depth = _random.Next(3);
        for (var i = 0; i < depth; i++)
        {
            Token("[");
        }
        Name();
        for (var i = 0; i < depth; i++)
        {
            if (Chance(2))
            {
                Token("!");
            }
            Token("]");
        }
        if (Chance(2))
        {
            Token("!");
        }
        return this;
    }

    private void TypeDefinition()
    {
        MaybeDescription();
        switch (_random.Next(8))
        {
            case 0:
                Token("schema").Directives(true).Token("{");
                Repeat(
                    1,
                    3,
                    () => Token(Pick(["query", "mutation", "subscription"])).Token(":").Name()
                );
                Token("}");
                break;
            case 1:
                Token("scalar").Name().Directives(true);
                break;
            case 2:
            case 3:
                Token(Pick(["type", "interface"]))
                    .Name()
                    .Implements()
                    .Directives(true)
                    .FieldsDefinition();
                break;
            case 4:
                Token("union").Name().Directives(true);
                if (Chance(2))
                {
                    Token("=");
                    DelimitedNames("|");
                }
                break;
            case 5:
                Token("enum").Name().Directives(true).EnumValues();
                break;
            case 6:
                Token("input").Name().Directives(true).InputFields("{", "}");
                break;
            default:
                Token("directive").Token("@").Name().InputFields("(", ")");
                if (Chance(2))
                {
                    Token("repeatable");
                }
                Token("on");
                if (Chance(3))
                {
                    Token("|");
                }
                Repeat(1, 3, () => Token(Pick(Locations)), "|");
                break;
        }
    }

    private void Extension()
    {
        Token("extend");
        switch (_random.Next(7))
        {
            case 0:
                Token("schema").Token("@").Name();
                break;
            case 1:
                Token("scalar").Name().Token("@").Name();
                break;
            case 2:
            case 3:
                Token(Pick(["type", "interface"]))
                    .Name()
                    .Implements()
                    .Directives(true)
                    .Token("{")
                    .Name()
                    .Token(":")
                    .Type()
                    .Token("}");
                break;
            case 4:
                Token("union").Name().Token("=");
                DelimitedNames("|");
                break;
            case 5:
                Token("enum").Name().Directives(true).Token("{").Name(exclude: "true").Token("}");
                break;
            default:
                Token("input").Name().Token("@").Name();
                break;
        }
    }

    private DocumentGenerator Implements()
    {
        if (Chance(2))
        {
            Token("implements");
            DelimitedNames("&");
        }
        return this;
    }

    private void DelimitedNames(string delimiter)
    {
        if (Chance(3))
        {
            Token(delimiter);
        }
        Repeat(1, 3, () => Name(), delimiter);
    }

    private DocumentGenerator FieldsDefinition()
    {
        if (Chance(2))
        {
            Token("{");
            Repeat(
                1,
                3,
                () =>
                {
                    MaybeDescription();
                    Name().InputFields("(", ")").Token(":").Type().Directives(true);
                }
            );
            Token("}");
        }
        return this;
    }

    private DocumentGenerator InputFields(string open, string close)
    {
        if (Chance(2))
        {
            Token(open);
            Repeat(
                1,
                3,
                () =>
                {
                    MaybeDescription();
                    Name().Token(":").Type();
                    if (Chance(3))
                    {
                        Token("=").Value(true, 2);
                    }
                    Directives(true);
                }
            );
            Token(close);
        }
        return this;
    }

    private DocumentGenerator EnumValues()
    {
        if (Chance(2))
        {
            Token("{");
            Repeat(
                1,
                3,
                () =>
                {
                    MaybeDescription();
                    Token(Pick(["RED", "GREEN", "on", "query", "_X"])).Directives(true);
                }
            );
            Token("}");
        }
        return this;
    }

    private void MaybeDescription()
    {
        if (Chance(3))
        {
            Token(Chance(2) ? StringLiteral() : BlockStringLiteral());
        }
    }

    private string StringLiteral()
    {
        var parts = new[]
        {
            "a",
            " ",
            "é",
            "\\n",
            "\\t",
            "\\\"",
            "\\\\",
            "\\/",
            "\\u00e9",
            "\\u{1F600}",
            "\\uD83D\\uDE00",
            "\u0007",
            "😀",
            "\"\"".Replace("\"", "\\\""),
        };
        var text = new StringBuilder("\"");
        Repeat(0, 6, () => text.Append(Pick(parts)));
        return text.Append('"').ToString();
    }

    private string BlockStringLiteral()
    {
        var parts = new[]
        {
            "a",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\n    ",
            "\"",
            "\\\"\"\"",
            "\\",
            "é",
            "😀",
            "word",
        };
        var text = new StringBuilder("\"\"\"");
        Repeat(0, 8, () => text.Append(Pick(parts)));
        var value = text.ToString();
        // A quote or backslash right before the closing quotes would change the token.
        if (value.EndsWith('"') || value.EndsWith('\\'))
        {
            value += " ";
        }
        return value + "\"\"\"";
    }

    private DocumentGenerator Name(string? exclude = null)
    {
        string name;
        do
        {
            name = Pick(Names);
        } while (name == exclude);
        return Token(name);
    }

    private DocumentGenerator Token(string token)
    {
        if (_text.Length > 0)
        {
            Ignored(required: true);
        }
        _text.Append(token);
        return this;
    }

    private void Ignored(bool required = false)
    {
        var choice = _random.Next(10);
        _text.Append(
            choice switch
            {
                0 => ",",
                1 => "\n",
                2 => "\t",
                3 => " # comment é\n",
                4 => "\r\n  ",
                _ => required ? " " : "",
            }
        );
    }

    private void Repeat(int min, int max, Action item, string? delimiter = null)
    {
        var count = _random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && delimiter is not null)
            {
                Token(delimiter);
            }
            item();
        }
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
