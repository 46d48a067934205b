using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class ValueFromAstTests
{
    private static NameNode N(string name) => new(name);

    private static ObjectValueNode Obj(params (string Name, ValueNode Value)[] fields) =>
        new(fields.Select(f => new ObjectFieldNode(N(f.Name), f.Value)).ToList());

    private static (bool Ok, object? Value) Convert(
        ValueNode node,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables = null
    ) => (ValueFromAst.TryConvert(node, type, variables, out var value), value);

    [Fact]
    public void Converts_scalar_literals()
    {
        Assert.Equal((true, 123), Convert(new IntValueNode("123"), BuiltInScalars.Int));
        Assert.Equal((true, 1.5), Convert(new FloatValueNode("1.5"), BuiltInScalars.Float));
        Assert.Equal((true, "abc"), Convert(new StringValueNode("abc"), BuiltInScalars.String));
        Assert.Equal((true, "123"), Convert(new IntValueNode("123"), BuiltInScalars.ID));
    }

    [Fact]
    public void Rejects_invalid_scalar_literals()
    {
        Assert.False(Convert(new StringValueNode("123"), BuiltInScalars.Int).Ok);
        Assert.False(Convert(new IntValueNode("2147483648"), BuiltInScalars.Int).Ok);
        Assert.False(Convert(new FloatValueNode("1.5"), BuiltInScalars.Boolean).Ok);
    }

    [Fact]
    public void Converts_enum_literals_to_their_values()
    {
        Assert.Equal((true, 2), Convert(new EnumValueNode("BLUE"), TestSchemas.Type("Color")));
        Assert.False(Convert(new StringValueNode("BLUE"), TestSchemas.Type("Color")).Ok);
        Assert.False(Convert(new EnumValueNode("PURPLE"), TestSchemas.Type("Color")).Ok);
    }

    [Fact]
    public void Null_is_valid_only_for_nullable_types()
    {
        Assert.Equal((true, null), Convert(new NullValueNode(), BuiltInScalars.Int));
        Assert.False(Convert(new NullValueNode(), new NonNullType(BuiltInScalars.Int)).Ok);
    }

    [Fact]
    public void Converts_lists_and_single_values_for_lists()
    {
        var type = new ListType(new NonNullType(BuiltInScalars.Int));

        Assert.Equal(
            new List<object?> { 1, 2 },
            Convert(new ListValueNode([new IntValueNode("1"), new IntValueNode("2")]), type).Value
        );
        Assert.Equal(new List<object?> { 5 }, Convert(new IntValueNode("5"), type).Value);
        Assert.False(
            Convert(new ListValueNode([new IntValueNode("1"), new NullValueNode()]), type).Ok
        );
    }

    [Fact]
    public void Uses_variable_values()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 4, ["nothing"] = null };
        var n = new VariableNode(N("n"));

        Assert.Equal((true, 4), Convert(n, BuiltInScalars.Int, variables));
        Assert.False(Convert(new VariableNode(N("missing")), BuiltInScalars.Int, variables).Ok);
        Assert.False(
            Convert(
                new VariableNode(N("nothing")),
                new NonNullType(BuiltInScalars.Int),
                variables
            ).Ok
        );
        Assert.Equal(
            (true, null),
            Convert(new VariableNode(N("nothing")), BuiltInScalars.Int, variables)
        );
    }

    [Fact]
    public void Missing_variables_in_lists_become_null_unless_items_are_non_null()
    {
        var list = new ListValueNode([new IntValueNode("1"), new VariableNode(N("missing"))]);

        Assert.Equal(
            new List<object?> { 1, null },
            Convert(list, new ListType(BuiltInScalars.Int), new Dictionary<string, object?>()).Value
        );
        Assert.False(
            Convert(
                list,
                new ListType(new NonNullType(BuiltInScalars.Int)),
                new Dictionary<string, object?>()
            ).Ok
        );
    }

    [Fact]
    public void Converts_input_objects_with_defaults()
    {
        var (ok, value) = Convert(
            Obj(("requiredBool", new BooleanValueNode(true)), ("color", new EnumValueNode("RED"))),
            TestSchemas.Type("Filter")
        );

        Assert.True(ok);
        var result = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(["requiredBool", "color", "withDefault"], result.Keys);
        Assert.Equal(0, result["color"]);
        Assert.Equal(7, result["withDefault"]);
    }

    [Fact]
    public void Rejects_input_objects_missing_required_fields()
    {
        Assert.False(Convert(Obj(("int", new IntValueNode("1"))), TestSchemas.Type("Filter")).Ok);
        Assert.False(Convert(new IntValueNode("1"), TestSchemas.Type("Filter")).Ok);
    }

    [Fact]
    public void Missing_variable_in_an_object_field_uses_the_default()
    {
        var (ok, value) = Convert(
            Obj(
                ("requiredBool", new BooleanValueNode(false)),
                ("withDefault", new VariableNode(N("v")))
            ),
            TestSchemas.Type("Filter"),
            new Dictionary<string, object?>()
        );

        Assert.True(ok);
        Assert.Equal(7, ((Dictionary<string, object?>)value!)["withDefault"]);
    }

    [Fact]
    public void One_of_objects_need_exactly_one_non_null_field()
    {
        var key = TestSchemas.Type("Key");

        Assert.True(Convert(Obj(("id", new StringValueNode("1"))), key).Ok);
        Assert.False(
            Convert(
                Obj(("id", new StringValueNode("1")), ("ref", new StringValueNode("r"))),
                key
            ).Ok
        );
        Assert.False(Convert(Obj(("id", new NullValueNode())), key).Ok);
        Assert.False(Convert(Obj(), key).Ok);
    }
}
