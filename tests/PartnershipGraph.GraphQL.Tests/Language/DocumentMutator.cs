namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Makes random and mutated documents from a fixed seed, for the fuzz tests.</summary>
public sealed class DocumentMutator(int seed)
{
    private static readonly string[] Fragments =
    [
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        "!",
        "$",
        "&",
        "|",
        "@",
        ":",
        "=",
        "...",
        "..",
        ".",
        ",",
        "\"",
        "\"\"\"",
        "\\",
        "\\u",
        "\\u{",
        "#",
        "\n",
        "\r",
        "\r\n",
        "\t",
        " ",
        "\uFEFF",
        "query",
        "mutation",
        "subscription",
        "fragment",
        "on",
        "type",
        "schema",
        "extend",
        "interface",
        "union",
        "enum",
        "input",
        "directive",
        "repeatable",
        "implements",
        "scalar",
        "true",
        "false",
        "null",
        "FIELD",
        "0",
        "-",
        "1.5",
        "1e",
        "01",
        "e",
        "E",
        "+",
        "_",
        "'",
        "?",
        "\u0007",
        "\u00e9",
        "\uD83D\uDE00",
        "\uD800",
        "\uDC00",
        "é",
        "abc",
        "$v",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A copy of <paramref name="source"/> with one to three random edits.</summary>
    public string Mutate(string source)
    {
        var text = source;
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var position = _random.Next(text.Length + 1);
            text = _random.Next(4) switch
            {
                0 => text.Remove(position, Math.Min(_random.Next(1, 6), text.Length - position)),
                1 => text.Insert(position, Fragments[_random.Next(Fragments.Length)]),
                2 when text.Length > 0 => SwapWithRandomChar(
                    text,
                    Math.Min(position, text.Length - 1)
                ),
                _ => text.Insert(
                    position,
                    text.Substring(
                        _random.Next(text.Length + 1) / 2,
                        _random.Next(0, 8) is var n && n <= text.Length / 2 ? n : 0
                    )
                ),
            };
        }
        return text;
    }

    /// <summary>A sequence of random fragments and names.</summary>
    public string RandomDocument(int length)
    {
        var parts = new List<string>(length);
        for (var i = 0; i < length; i++)
        {
            parts.Add(Fragments[_random.Next(Fragments.Length)]);
            if (_random.Next(3) == 0)
            {
                parts.Add(" ");
            }
        }
        return string.Concat(parts);
    }

    private string SwapWithRandomChar(string text, int position)
    {
        var fragment = Fragments[_random.Next(Fragments.Length)];
        return text.Remove(position, 1).Insert(position, fragment[..1]);
    }
}
