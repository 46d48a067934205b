using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class InspectorTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData("", "\"\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("\"", "\"\\\"\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData(0, "0")]
    [InlineData(3.14, "3.14")]
    [InlineData(-1L, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Inspects_primitives(object? value, string expected) =>
        Assert.Equal(expected, Inspector.Inspect(value));

    [Fact]
    public void Inspects_lists()
    {
        Assert.Equal("[]", Inspector.Inspect(new List<object?>()));
        Assert.Equal("[null]", Inspector.Inspect(new List<object?> { null }));
        Assert.Equal("[1, NaN]", Inspector.Inspect(new object[] { 1, double.NaN }));
        Assert.Equal(
            "[[\"a\", \"b\"], \"c\"]",
            Inspector.Inspect(new object[] { new[] { "a", "b" }, "c" })
        );
    }

    [Fact]
    public void Inspects_nested_lists_down_to_three_levels() =>
        Assert.Equal(
            "[[[Array]]]",
            Inspector.Inspect(new object[] { new object[] { new object[] { 1 } } })
        );

    [Fact]
    public void Inspects_long_lists_with_a_count_of_the_rest()
    {
        Assert.Equal(
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
            Inspector.Inspect(Enumerable.Range(0, 10).ToArray())
        );
        Assert.Equal(
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 1 more item]",
            Inspector.Inspect(Enumerable.Range(0, 11).ToArray())
        );
        Assert.Equal(
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]",
            Inspector.Inspect(Enumerable.Range(0, 12).ToArray())
        );
    }

    [Fact]
    public void Inspects_dictionaries_as_objects()
    {
        Assert.Equal("{}", Inspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("{ a: 1 }", Inspector.Inspect(new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal(
            "{ a: [true], b: { c: null } }",
            Inspector.Inspect(
                new Dictionary<string, object?>
                {
                    ["a"] = new[] { true },
                    ["b"] = new Dictionary<string, object?> { ["c"] = null },
                }
            )
        );
        Assert.Equal(
            "{ a: { b: [Object] } }",
            Inspector.Inspect(
                new Dictionary<string, object?>
                {
                    ["a"] = new Dictionary<string, object?>
                    {
                        ["b"] = new Dictionary<string, object?>
                        {
                            ["c"] = new Dictionary<string, object?> { ["d"] = 1 },
                        },
                    },
                }
            )
        );
    }

    [Fact]
    public void Inspects_objects_by_their_public_properties() =>
        Assert.Equal("{ Name: \"x\", Count: 2 }", Inspector.Inspect(new { Name = "x", Count = 2 }));

    [Fact]
    public void Inspects_circular_references()
    {
        var list = new List<object?>();
        list.Add(list);

        Assert.Equal("[[Circular]]", Inspector.Inspect(list));
    }

    [Fact]
    public void Inspects_enums_guids_and_dates_as_strings()
    {
        Assert.Equal("\"Monday\"", Inspector.Inspect(DayOfWeek.Monday));
        Assert.Equal("\"00000000-0000-0000-0000-000000000000\"", Inspector.Inspect(Guid.Empty));
        Assert.Equal("\"2022-05-01\"", Inspector.Inspect(new DateOnly(2022, 5, 1)));
    }
}
