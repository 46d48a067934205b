using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class LiteralValidationTests
{
    private static NameNode N(string name) => new(name);

    private static ObjectValueNode Obj(params (string Name, ValueNode Value)[] fields) =>
        new(fields.Select(f => new ObjectFieldNode(N(f.Name), f.Value)).ToList());

    private static IEnumerable<string> Messages(ValueNode node, GraphQLType type) =>
        LiteralValidation.IsValidLiteralValue(node, type).Select(e => e.Message);

    [Fact]
    public void Accepts_valid_literals()
    {
        Assert.Empty(Messages(new IntValueNode("1"), BuiltInScalars.Int));
        Assert.Empty(Messages(new IntValueNode("1"), new ListType(BuiltInScalars.Int)));
        Assert.Empty(Messages(new VariableNode(N("x")), new NonNullType(BuiltInScalars.Int)));
        Assert.Empty(
            Messages(Obj(("requiredBool", new BooleanValueNode(true))), TestSchemas.Type("Filter"))
        );
    }

    [Fact]
    public void Reports_the_scalar_message()
    {
        Assert.Equal(
            ["Int cannot represent non-integer value: \"3\""],
            Messages(new StringValueNode("3"), BuiltInScalars.Int)
        );
        Assert.Equal(
            ["Int cannot represent non-integer value: [1]"],
            Messages(
                new ListValueNode([new IntValueNode("1")]),
                new NonNullType(BuiltInScalars.Int)
            )
        );
    }

    [Fact]
    public void Reports_null_for_non_null_types() =>
        Assert.Equal(
            ["Expected value of type \"Int!\", found null."],
            Messages(new NullValueNode(), new NonNullType(BuiltInScalars.Int))
        );

    [Fact]
    public void Reports_each_bad_list_item() =>
        Assert.Equal(
            [
                "Int cannot represent non-integer value: \"a\"",
                "Expected value of type \"Int!\", found null.",
            ],
            Messages(
                new ListValueNode([
                    new StringValueNode("a"),
                    new IntValueNode("2"),
                    new NullValueNode(),
                ]),
                new ListType(new NonNullType(BuiltInScalars.Int))
            )
        );

    [Fact]
    public void Reports_unknown_enum_values_with_suggestions() =>
        Assert.Equal(
            [
                "Value \"BLUR\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?",
            ],
            Messages(new EnumValueNode("BLUR"), TestSchemas.Type("Color"))
        );

    [Fact]
    public void Reports_objects_where_a_scalar_is_expected() =>
        Assert.Equal(
            ["Expected value of type \"Filter!\", found 1."],
            Messages(new IntValueNode("1"), new NonNullType(TestSchemas.Type("Filter")))
        );

    [Fact]
    public void Reports_missing_required_and_unknown_fields_in_order() =>
        Assert.Equal(
            [
                "Field \"Filter.requiredBool\" of required type \"Boolean!\" was not provided.",
                "Field \"colr\" is not defined by type \"Filter\". Did you mean \"color\"?",
                "Int cannot represent non-integer value: true",
            ],
            Messages(
                Obj(("colr", new EnumValueNode("RED")), ("int", new BooleanValueNode(true))),
                TestSchemas.Type("Filter")
            )
        );

    [Fact]
    public void Reports_one_of_violations()
    {
        var key = TestSchemas.Type("Key");

        Assert.Equal(
            ["OneOf Input Object \"Key\" must specify exactly one key."],
            Messages(Obj(("id", new StringValueNode("1")), ("ref", new StringValueNode("r"))), key)
        );
        Assert.Equal(
            ["Field \"Key.id\" must be non-null."],
            Messages(Obj(("id", new NullValueNode())), key)
        );
    }

    [Fact]
    public void Reports_nullable_variables_in_one_of_fields()
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>
        {
            ["v"] = new(new VariableNode(N("v")), new NamedTypeNode(N("ID")), null, []),
            ["w"] = new(
                new VariableNode(N("w")),
                new NonNullTypeNode(new NamedTypeNode(N("ID"))),
                null,
                []
            ),
        };

        Assert.Equal(
            ["Variable \"v\" must be non-nullable to be used for OneOf Input Object \"Key\"."],
            LiteralValidation
                .IsValidLiteralValue(
                    Obj(("id", new VariableNode(N("v")))),
                    TestSchemas.Type("Key"),
                    definitions
                )
                .Select(e => e.Message)
        );
        Assert.Empty(
            LiteralValidation.IsValidLiteralValue(
                Obj(("id", new VariableNode(N("w")))),
                TestSchemas.Type("Key"),
                definitions
            )
        );
    }

    [Fact]
    public void Errors_point_at_the_offending_literal()
    {
        var literal = new StringValueNode("x") { Location = new Location(10, 13, 3, 7) };

        var error = Assert.Single(
            LiteralValidation.IsValidLiteralValue(literal, BuiltInScalars.Int)
        );

        Assert.Equal([new SourceLocation(3, 7)], error.Locations);
    }
}
