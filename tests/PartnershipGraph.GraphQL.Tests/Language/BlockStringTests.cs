using PartnershipGraph.GraphQL.Language;

namespace PartnershipGraph.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    private static string Dedent(params string[] lines) => BlockString.Dedent([.. lines]);

    [Fact]
    public void Removes_uniform_indentation() =>
        Assert.Equal(
            "Hello,\n  World!\n\nYours,\n  GraphQL.",
            Dedent("", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.")
        );

    [Fact]
    public void Removes_leading_and_trailing_blank_lines() =>
        Assert.Equal(
            "Hello,\n  World!",
            Dedent("", "  ", "    Hello,", "      World!", "  ", "\t", "")
        );

    [Fact]
    public void Keeps_the_first_line_and_ignores_its_indentation() =>
        Assert.Equal("  first\nsecond\n  third", Dedent("  first", "    second", "      third"));

    [Fact]
    public void Treats_tabs_as_indentation() => Assert.Equal("a\n\tb", Dedent("", "\ta", "\t\tb"));

    [Fact]
    public void Keeps_internal_blank_lines_shorter_than_the_indentation() =>
        Assert.Equal("a\n\nb", Dedent("", "    a", " ", "    b"));

    [Fact]
    public void Only_whitespace_is_empty() => Assert.Equal("", Dedent("  ", "\t", ""));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("\n", "\"\"\"\n\n\n\"\"\"")]
    public void Prints_block_strings(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value));
}
