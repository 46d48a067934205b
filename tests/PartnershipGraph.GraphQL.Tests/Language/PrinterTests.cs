using System.Text.Json;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static NameNode Name(string value) => new(value);

    [Fact]
    public void Prints_a_tree_built_in_code()
    {
        var field = new FieldNode(
            Name("alias"),
            Name("field"),
            [new ArgumentNode(Name("id"), new VariableNode(Name("id")))],
            [
                new DirectiveNode(
                    Name("include"),
                    [new ArgumentNode(Name("if"), new BooleanValueNode(true))]
                ),
            ],
            new SelectionSetNode([new FieldNode(null, Name("name"), [], [], null)])
        );
        var operation = new OperationDefinitionNode(
            OperationType.Query,
            Name("Q"),
            [
                new VariableDefinitionNode(
                    new VariableNode(Name("id")),
                    new NonNullTypeNode(new NamedTypeNode(Name("ID"))),
                    new StringValueNode("x"),
                    []
                ),
            ],
            [],
            new SelectionSetNode([field])
        );
        Assert.Equal(
            """
            query Q($id: ID! = "x") {
              alias: field(id: $id) @include(if: true) {
                name
              }
            }
            """,
            Printer.Print(new DocumentNode([operation]))
        );
    }

    [Fact]
    public void Prints_an_anonymous_query_as_a_bare_selection_set()
    {
        var operation = new OperationDefinitionNode(
            OperationType.Query,
            null,
            [],
            [],
            new SelectionSetNode([new FieldNode(null, Name("a"), [], [], null)])
        );
        Assert.Equal("{\n  a\n}", Printer.Print(operation));
    }

    [Fact]
    public void Prints_a_description_on_an_operation_built_in_code()
    {
        var operation = new OperationDefinitionNode(
            OperationType.Mutation,
            Name("M"),
            [],
            [],
            new SelectionSetNode([new FieldNode(null, Name("a"), [], [], null)])
        )
        {
            Description = new StringValueNode("Does it.", Block: true),
        };
        Assert.Equal("\"\"\"Does it.\"\"\"\nmutation M {\n  a\n}", Printer.Print(operation));
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("[Int]", "[Int]")]
    [InlineData("[Int!]!", "[Int!]!")]
    [InlineData("[[ Int ! ] ]", "[[Int!]]")]
    public void Prints_types(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.ParseType(source)));

    [Theory]
    [InlineData("{a:1,b:[2,3]}", "{a: 1, b: [2, 3]}")]
    [InlineData("[ ]", "[]")]
    [InlineData("\"\\u00e9\"", "\"é\"")]
    [InlineData("\"tab\\there\"", "\"tab\\there\"")]
    [InlineData("ENUM", "ENUM")]
    [InlineData("-1.5e3", "-1.5e3")]
    [InlineData("$v", "$v")]
    public void Prints_values(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));

    [Fact]
    public void Prints_a_lone_name()
    {
        Assert.Equal("name", Printer.Print(Name("name")));
    }

    [Fact]
    public void Printing_a_tree_too_deep_for_the_stack_throws_instead_of_crashing()
    {
        TypeNode type = new NamedTypeNode(Name("Int"));
        for (var i = 0; i < 1_000_000; i++)
        {
            type = new ListTypeNode(type);
        }
        Assert.Throws<InsufficientExecutionStackException>(() => Printer.Print(type));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Prints_string_values_as_graphql_js_does(int seed)
    {
        var random = new Random(seed);
        const string alphabet = " \t\n\r\"\\aZ\u0000\u0007\u001F\u007F\u0085\u00e9\uD83D\uDE00";
        var values = new List<string>
        {
            "",
            " ",
            "\"",
            "\"\"\"",
            "\\",
            "a\"\"\"",
            "\n",
            " a\n b",
            "a\n\n",
        };
        for (var i = 0; i < 400; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }
            values.Add(new string(chars));
        }
        values.Add(new string('x', 70));
        values.Add(new string('x', 71));
        var cases = values.SelectMany(v => new[] { (v, false), (v, true) }).ToList();
        var input = JsonSerializer.Serialize(
            cases.Select(c => new { codes = c.Item1.Select(ch => (int)ch), block = c.Item2 })
        );
        using var output = JsonDocument.Parse(GraphQLJs.Run("print-string.mjs", input));
        var expected = output.RootElement.EnumerateArray().Select(e => e.GetString()).ToList();
        for (var i = 0; i < cases.Count; i++)
        {
            var (value, block) = cases[i];
            var actual = ParseOracle.WellFormed(Printer.Print(new StringValueNode(value, block)));
            Assert.True(
                expected[i] == actual,
                $"value {JsonSerializer.Serialize(value)} block {block}: expected {expected[i]} actual {actual}"
            );
        }
    }
}
