using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class InputCoercionTests
{
    private static (object? Value, List<string> Errors) Coerce(object? value, GraphQLType type)
    {
        var errors = new List<string>();
        var result = InputCoercion.CoerceInputValue(
            value,
            type,
            (path, invalid, error) =>
                errors.Add(
                    $"{InputCoercion.PrintPath(path)}|{PartnershipGraph.GraphQL.Utilities.Inspector.Inspect(invalid)}|{error.Message}"
                )
        );
        return (result, errors);
    }

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void Coerces_scalars_with_parse_value()
    {
        Assert.Equal(1, Coerce(1, BuiltInScalars.Int).Value);
        Assert.Empty(Coerce(1, BuiltInScalars.Int).Errors);
        Assert.Equal(
            ["|\"1\"|Int cannot represent non-integer value: \"1\""],
            Coerce("1", BuiltInScalars.Int).Errors
        );
    }

    [Fact]
    public void Non_null_rejects_null()
    {
        var (_, errors) = Coerce(null, new NonNullType(BuiltInScalars.Int));

        Assert.Equal(["|null|Expected non-nullable type \"Int!\" not to be null."], errors);
    }

    [Fact]
    public void Null_is_null_for_nullable_types() =>
        Assert.Null(Coerce(null, BuiltInScalars.Int).Value);

    [Fact]
    public void Coerces_enum_names_to_their_values()
    {
        Assert.Equal(1, Coerce("GREEN", TestSchemas.Type("Color")).Value);
        Assert.Equal(
            [
                "|\"GREEM\"|Value \"GREEM\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            ],
            Coerce("GREEM", TestSchemas.Type("Color")).Errors
        );
        Assert.Equal(
            ["|2|Enum \"Color\" cannot represent non-string value: 2."],
            Coerce(2, TestSchemas.Type("Color")).Errors
        );
    }

    [Fact]
    public void Lists_accept_a_single_item_as_a_list_of_one()
    {
        var type = new ListType(BuiltInScalars.Int);

        Assert.Equal(new List<object?> { 1, 2 }, Coerce(new List<object?> { 1, 2 }, type).Value);
        Assert.Equal(new List<object?> { 42 }, Coerce(42, type).Value);
    }

    [Fact]
    public void List_errors_carry_the_item_index()
    {
        var (_, errors) = Coerce(
            new List<object?> { 1, "b", true },
            new ListType(BuiltInScalars.Int)
        );

        Assert.Equal(
            [
                "[1]|\"b\"|Int cannot represent non-integer value: \"b\"",
                "[2]|true|Int cannot represent non-integer value: true",
            ],
            errors
        );
    }

    [Fact]
    public void Coerces_input_objects_in_field_order_with_defaults()
    {
        var (value, errors) = Coerce(
            Obj(("color", "BLUE"), ("requiredBool", true)),
            TestSchemas.Type("Filter")
        );

        Assert.Empty(errors);
        var result = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(["requiredBool", "color", "withDefault"], result.Keys);
        Assert.Equal(2, result["color"]);
        Assert.Equal(7, result["withDefault"]);
    }

    [Fact]
    public void Reports_missing_required_and_unknown_fields()
    {
        var (_, errors) = Coerce(Obj(("int", 1), ("colour", "RED")), TestSchemas.Type("Filter"));

        Assert.Equal(
            [
                "|{ int: 1, colour: \"RED\" }|Field \"requiredBool\" of required type \"Boolean!\" was not provided.",
                "|{ int: 1, colour: \"RED\" }|Field \"colour\" is not defined by type \"Filter\". Did you mean \"color\"?",
            ],
            errors
        );
    }

    [Fact]
    public void Nested_errors_carry_the_field_path()
    {
        var (_, errors) = Coerce(
            Obj(
                ("requiredBool", true),
                ("nested", Obj(("requiredBool", true), ("names", new List<object?> { "a", null })))
            ),
            TestSchemas.Type("Filter")
        );

        Assert.Equal(
            [".nested.names[1]|null|Expected non-nullable type \"String!\" not to be null."],
            errors
        );
    }

    [Fact]
    public void Input_objects_must_be_objects()
    {
        Assert.Equal(
            ["|123|Expected type \"Filter\" to be an object."],
            Coerce(123, TestSchemas.Type("Filter")).Errors
        );
        Assert.Equal(
            ["|[1]|Expected type \"Filter\" to be an object."],
            Coerce(new List<object?> { 1 }, TestSchemas.Type("Filter")).Errors
        );
    }

    [Fact]
    public void One_of_requires_exactly_one_non_null_key()
    {
        var key = TestSchemas.Type("Key");

        Assert.Empty(Coerce(Obj(("id", "1")), key).Errors);
        Assert.Equal(
            [
                "|{ id: \"1\", ref: \"r\" }|Exactly one key must be specified for OneOf type \"Key\".",
            ],
            Coerce(Obj(("id", "1"), ("ref", "r")), key).Errors
        );
        Assert.Equal(
            ["|{}|Exactly one key must be specified for OneOf type \"Key\"."],
            Coerce(Obj(), key).Errors
        );
        Assert.Equal(
            [".id|null|Field \"id\" must be non-null."],
            Coerce(Obj(("id", null)), key).Errors
        );
    }

    [Fact]
    public void Without_a_handler_the_first_error_is_thrown_with_its_path()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            InputCoercion.CoerceInputValue(Obj(("requiredBool", "yes")), TestSchemas.Type("Filter"))
        );

        Assert.Equal(
            "Invalid value \"yes\" at \"value.requiredBool\": Boolean cannot represent a non boolean value: \"yes\"",
            error.Message
        );
    }

    [Fact]
    public void Without_a_handler_a_top_level_error_has_no_path()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            InputCoercion.CoerceInputValue(1.5, BuiltInScalars.Int)
        );

        Assert.Equal(
            "Invalid value 1.5: Int cannot represent non-integer value: 1.5",
            error.Message
        );
    }

    [Fact]
    public void Reads_read_only_dictionaries_too()
    {
        IReadOnlyDictionary<string, object?> input = new Dictionary<string, object?>
        {
            ["requiredBool"] = false,
        }.AsReadOnly();

        var (value, errors) = Coerce(input, TestSchemas.Type("Filter"));

        Assert.Empty(errors);
        Assert.Equal(false, ((Dictionary<string, object?>)value!)["requiredBool"]);
    }
}
