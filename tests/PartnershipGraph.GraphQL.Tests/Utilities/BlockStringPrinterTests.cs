using System.Text.Json;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class BlockStringPrinterTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("abc", "\"\"\"abc\"\"\"")]
    [InlineData("  leading", "\"\"\"  leading\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Prints_block_strings(string value, string expected) =>
        Assert.Equal(expected, BlockStringPrinter.Print(value));

    [Fact]
    public void Minimized_output_has_no_added_new_lines() =>
        Assert.Equal(
            "\"\"\"two\nlines\"\"\"",
            BlockStringPrinter.Print("two\nlines", minimize: true)
        );

    [Fact]
    public void Prints_as_graphql_js_does()
    {
        string[] values =
        [
            "",
            " ",
            "\t",
            "a",
            "\n",
            "\n\n",
            "a\n",
            "\na",
            "  a\n  b",
            "a\n b\n  c",
            "\"quoted\"",
            "x\"\"\"",
            "\"\"\"",
            "back\\slash\\",
            "line\r\nwindows",
            "carriage\rreturn",
            new string('x', 71),
            new string('x', 70),
            " leading and long " + new string('y', 60),
        ];
        var expected = JsonSerializer.Deserialize<string[]>(
            GraphQLJs.Run("printBlockString.mjs", JsonSerializer.Serialize(values))
        )!;

        Assert.Equal(expected, values.Select(v => BlockStringPrinter.Print(v)));
    }
}
