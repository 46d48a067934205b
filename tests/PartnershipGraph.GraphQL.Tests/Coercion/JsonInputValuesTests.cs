using System.Text.Json;
using PartnershipGraph.GraphQL.Coercion;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class JsonInputValuesTests
{
    private static object? Parse(string json) =>
        JsonInputValues.ToClr(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("true", true)]
    [InlineData("\"text\"", "text")]
    public void Converts_primitives(string json, object expected) =>
        Assert.Equal(expected, Parse(json));

    [Fact]
    public void Converts_large_integers_to_long_and_fractions_to_double()
    {
        Assert.Equal(2147483648L, Parse("2147483648"));
        Assert.Equal(1.5, Parse("1.5"));
        Assert.Equal(1.0, Parse("1.0"));
        Assert.Equal(1e30, Parse("1e30"));
    }

    [Fact]
    public void Converts_null_to_null() => Assert.Null(Parse("null"));

    [Fact]
    public void Converts_objects_and_arrays()
    {
        var value = Assert.IsType<Dictionary<string, object?>>(
            Parse("""{"a":[1,"b",null],"c":{"d":false}}""")
        );

        Assert.Equal(new List<object?> { 1, "b", null }, value["a"]);
        Assert.Equal(new Dictionary<string, object?> { ["d"] = false }, value["c"]);
    }

    [Fact]
    public void Reads_variables_objects()
    {
        Assert.Empty(JsonInputValues.ToVariables(null));
        Assert.Empty(JsonInputValues.ToVariables(JsonDocument.Parse("null").RootElement));
        Assert.Equal(
            1,
            JsonInputValues.ToVariables(JsonDocument.Parse("""{"x":1}""").RootElement)["x"]
        );
        Assert.Throws<ArgumentException>(() =>
            JsonInputValues.ToVariables(JsonDocument.Parse("[1]").RootElement)
        );
    }

    [Fact]
    public void Coerced_json_numbers_follow_the_int_rules()
    {
        Assert.Equal(
            1,
            InputCoercion.CoerceInputValue(
                Parse("1.0"),
                PartnershipGraph.GraphQL.Scalars.BuiltInScalars.Int
            )
        );
        Assert.Throws<GraphQLError>(() =>
            InputCoercion.CoerceInputValue(
                Parse("2147483648"),
                PartnershipGraph.GraphQL.Scalars.BuiltInScalars.Int
            )
        );
    }
}
