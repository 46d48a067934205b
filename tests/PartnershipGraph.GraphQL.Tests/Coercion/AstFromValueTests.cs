using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class AstFromValueTests
{
    private static string? Print(object? value, GraphQLType type) =>
        AstFromValue.Convert(value, type) is { } node ? ValuePrinter.Print(node) : null;

    [Fact]
    public void Converts_booleans()
    {
        Assert.Equal("true", Print(true, BuiltInScalars.Boolean));
        Assert.Equal("false", Print(0, BuiltInScalars.Boolean));
        Assert.Equal("null", Print(null, BuiltInScalars.Boolean));
        Assert.Null(Print(null, new NonNullType(BuiltInScalars.Boolean)));
    }

    [Fact]
    public void Converts_ints_and_floats()
    {
        Assert.Equal("-1", Print(-1, BuiltInScalars.Int));
        Assert.Equal("123", Print(123.0, BuiltInScalars.Int));
        Assert.Equal("10000", Print(1e4, BuiltInScalars.Int));
        Assert.Equal("123", Print(123, BuiltInScalars.Float));
        Assert.Equal("123.5", Print(123.5, BuiltInScalars.Float));
        Assert.Equal("1e+40", Print(1e40, BuiltInScalars.Float));
        Assert.Equal("0.1", Print(0.1m, BuiltInScalars.Float));
    }

    [Fact]
    public void Int_conversion_throws_for_invalid_values() =>
        Assert.Equal(
            "Int cannot represent non-integer value: 123.5",
            Assert
                .Throws<GraphQLError>(() => AstFromValue.Convert(123.5, BuiltInScalars.Int))
                .Message
        );

    [Fact]
    public void Converts_strings_and_ids()
    {
        Assert.Equal("\"hello\"", Print("hello", BuiltInScalars.String));
        Assert.Equal("\"VALUE\"", Print("VALUE", BuiltInScalars.String));
        Assert.Equal("\"VA\\nLUE\"", Print("VA\nLUE", BuiltInScalars.String));
        Assert.Equal("\"123\"", Print(123, BuiltInScalars.String));
        Assert.Equal("\"hello\"", Print("hello", BuiltInScalars.ID));
        Assert.Equal("123", Print("123", BuiltInScalars.ID));
        Assert.Equal("123", Print(123, BuiltInScalars.ID));
        Assert.Equal("\"01\"", Print("01", BuiltInScalars.ID));
    }

    [Fact]
    public void Converts_enum_values_to_names()
    {
        var color = TestSchemas.Type("Color");

        Assert.Equal("GREEN", Print(1, color));
        Assert.Throws<GraphQLError>(() => AstFromValue.Convert("GREEN", color));
    }

    [Fact]
    public void Converts_lists_and_single_values_for_list_types()
    {
        var list = new ListType(BuiltInScalars.String);

        Assert.Equal("[\"FOO\", \"BAR\"]", Print(new[] { "FOO", "BAR" }, list));
        Assert.Equal("\"FOO\"", Print("FOO", list));
        Assert.Equal("[\"A\", null]", Print(new[] { "A", null }, list));
        Assert.Equal(
            "[\"A\"]",
            Print(new[] { "A", null }, new ListType(new NonNullType(BuiltInScalars.String)))
        );
    }

    [Fact]
    public void Converts_input_objects_skipping_absent_fields()
    {
        var filter = TestSchemas.Type("Filter");

        Assert.Equal(
            "{requiredBool: true, color: BLUE}",
            Print(
                new Dictionary<string, object?> { ["color"] = 2, ["requiredBool"] = true },
                filter
            )
        );
        Assert.Equal(
            "{int: null}",
            Print(new Dictionary<string, object?> { ["int"] = null }, filter)
        );
        Assert.Null(Print(5, filter));
    }

    [Fact]
    public void Reads_input_objects_from_clr_objects() =>
        Assert.Equal(
            "{int: 3, requiredBool: false}",
            Print(new { Int = 3, RequiredBool = false }, TestSchemas.Type("Filter"))
        );

    [Fact]
    public void Returns_the_node_types_graphql_js_returns()
    {
        Assert.IsType<IntValueNode>(AstFromValue.Convert(1, BuiltInScalars.Float));
        Assert.IsType<FloatValueNode>(AstFromValue.Convert(1.5, BuiltInScalars.Float));
        Assert.IsType<NullValueNode>(AstFromValue.Convert(null, BuiltInScalars.String));
    }
}
