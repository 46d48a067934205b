using PartnershipGraph.GraphQL.Language;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Whatever the input, parsing ends in a syntax tree or a <see cref="GraphQLError"/>, never another exception.</summary>
public sealed class ParserRobustnessTests
{
    private static readonly ParserOptions Unlimited = new()
    {
        MaxTokens = int.MaxValue,
        MaxDepth = int.MaxValue,
    };

    private const string Punctuation = "{}()[]!$&|@:=.\"\\#,\n\r\t -+eE0123456789_aZ'";

    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    public void Random_characters_never_throw_anything_but_a_GraphQLError(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(3) switch
                {
                    0 => (char)random.Next(0, 0x10000),
                    1 => Punctuation[random.Next(Punctuation.Length)],
                    _ => (char)random.Next(0x20, 0x7F),
                };
            }
            AssertParsesOrFailsCleanly(new string(chars));
        }
    }

    [Theory]
    [InlineData(201)]
    [InlineData(202)]
    public void Mutated_documents_never_throw_anything_but_a_GraphQLError(int seed)
    {
        var mutator = new DocumentMutator(seed);
        var valid = DifferentialDocuments.Valid.Values.ToList();
        for (var i = 0; i < 3000; i++)
        {
            var source = valid[i % valid.Count];
            for (var round = 0; round < 1 + (i % 5); round++)
            {
                source = mutator.Mutate(source);
            }
            AssertParsesOrFailsCleanly(source);
        }
    }

    [Fact]
    public void Every_prefix_of_the_kitchen_sinks_parses_or_fails_cleanly()
    {
        foreach (var document in new[] { "executable kitchen sink", "sdl kitchen sink" })
        {
            var source = DifferentialDocuments.Valid[document];
            for (var length = 0; length <= source.Length; length++)
            {
                AssertParsesOrFailsCleanly(source[..length]);
            }
        }
    }

    [Fact]
    public void A_megabyte_string_parses()
    {
        var text = new string('x', 1 << 20);
        var document = Parser.Parse("{ a(s: \"" + text + "\") }");
        // Longer than 80 characters, the argument goes on its own line.
        Assert.Equal("{\n  a(\n    s: \"" + text + "\"\n  )\n}", Printer.Print(document));
    }

    [Fact]
    public void A_megabyte_block_string_parses()
    {
        var line = new string('y', 1000) + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 1024));
        var value = (PartnershipGraph.GraphQL.Language.Ast.StringValueNode)
            Parser.ParseValue("\"\"\"" + text + "\"\"\"");
        Assert.Equal(text.TrimEnd('\n'), value.Value);
    }

    [Fact]
    public void A_megabyte_name_parses()
    {
        var name = new string('n', 1 << 20);
        Assert.Single(Parser.Parse("{ " + name + " }").Definitions);
    }

    [Fact]
    public void An_unterminated_megabyte_string_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            Parser.Parse("{ a(s: \"" + new string('x', 1 << 20) + " }")
        );
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
    }

    [Fact]
    public void Many_bad_escapes_stop_at_the_first()
    {
        var source = "{ a(s: \"" + string.Concat(Enumerable.Repeat("\\q", 100_000)) + "\") }";
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Invalid character escape sequence: \"\\q\".", error.Message);
        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations));
    }

    [Fact]
    public void A_list_of_a_million_values_parses_without_limits_and_hits_the_default_token_limit()
    {
        var source = "{ a(b: [" + string.Concat(Enumerable.Repeat("1,", 1_000_000)) + "]) }";
        var list = Parser.Parse(source, Unlimited);
        Assert.Single(list.Definitions);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));
        Assert.StartsWith("Syntax Error: Document contains more that 15000 tokens.", error.Message);
    }

    [Fact]
    public void A_hundred_thousand_unclosed_braces_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            Parser.Parse(new string('{', 100_000), Unlimited)
        );
        Assert.StartsWith("Syntax Error:", error.Message);
    }

    [Fact]
    public void A_hundred_thousand_nested_lists_in_a_type_is_a_syntax_error_without_limits()
    {
        var source = new string('[', 100_000) + "Int" + new string(']', 100_000);
        Assert.Throws<GraphQLError>(() => Parser.ParseType(source, Unlimited));
    }

    [Fact]
    public void A_hundred_thousand_nested_values_is_a_syntax_error_without_limits()
    {
        var source = string.Concat(Enumerable.Repeat("{a:[", 50_000)) + "1";
        Assert.Throws<GraphQLError>(() => Parser.ParseValue(source, Unlimited));
    }

    private static void AssertParsesOrFailsCleanly(string source)
    {
        try
        {
            Printer.Print(Parser.Parse(source, Unlimited));
        }
        catch (GraphQLError error)
        {
            Assert.StartsWith("Syntax Error: ", error.Message);
            Assert.Single(error.Locations);
        }
    }
}
