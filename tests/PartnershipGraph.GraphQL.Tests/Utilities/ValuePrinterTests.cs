using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class ValuePrinterTests
{
    private static NameNode N(string name) => new(name);

    public static TheoryData<ValueNode, string> Values =>
        new()
        {
            { new IntValueNode("-12"), "-12" },
            { new FloatValueNode("1.5e3"), "1.5e3" },
            { new StringValueNode("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"" },
            {
                new StringValueNode("\u0001\u000b\u007f\u0085é"),
                "\"\\u0001\\u000B\\u007F\\u0085é\""
            },
            { new StringValueNode("block", Block: true), "\"\"\"block\"\"\"" },
            { new BooleanValueNode(true), "true" },
            { new NullValueNode(), "null" },
            { new EnumValueNode("RED"), "RED" },
            { new VariableNode(N("first")), "$first" },
            { new ListValueNode([]), "[]" },
            {
                new ListValueNode([
                    new IntValueNode("1"),
                    new ListValueNode([new NullValueNode()]),
                ]),
                "[1, [null]]"
            },
            { new ObjectValueNode([]), "{}" },
            {
                new ObjectValueNode([
                    new ObjectFieldNode(N("a"), new IntValueNode("1")),
                    new ObjectFieldNode(N("b"), new EnumValueNode("X")),
                ]),
                "{a: 1, b: X}"
            },
        };

    [Theory]
    [MemberData(nameof(Values))]
    public void Prints_value_literals(ValueNode node, string expected) =>
        Assert.Equal(expected, ValuePrinter.Print(node));

    [Fact]
    public void Prints_type_references() =>
        Assert.Equal(
            "[[Int!]]!",
            ValuePrinter.Print(
                new NonNullTypeNode(
                    new ListTypeNode(
                        new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(N("Int"))))
                    )
                )
            )
        );

    [Fact]
    public void Prints_like_the_language_printer()
    {
        var source =
            """{a: [1, 2.5, "x\"y", true, null, ENUM, $v], b: {c: """ + "\"\"\"block\"\"\"" + "}}";
        var node = PartnershipGraph.GraphQL.Language.Parser.ParseValue(source);

        Assert.Equal(
            PartnershipGraph.GraphQL.Language.Printer.Print(node),
            ValuePrinter.Print(node)
        );
    }
}
