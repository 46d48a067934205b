using PartnershipGraph.GraphQL.Coercion;

namespace PartnershipGraph.GraphQL.Tests.Coercion;

public class ArgumentConverterTests
{
    private enum Rag
    {
        Met,
        OnTrack,
    }

    private sealed record Range(int From, int? To);

    private sealed class Filter
    {
        public string? Title { get; set; }

        public List<int>? Ids { get; set; }
    }

    [Fact]
    public void Returns_values_of_the_requested_type_as_they_are() =>
        Assert.Equal("x", ArgumentConverter.Convert<string>("x"));

    [Fact]
    public void Converts_between_number_types()
    {
        Assert.Equal(5L, ArgumentConverter.Convert<long>(5));
        Assert.Equal(2.0, ArgumentConverter.Convert<double>(2));
        Assert.Equal(1.5m, ArgumentConverter.Convert<decimal>(1.5));
        Assert.Equal(7, ArgumentConverter.Convert<int?>(7));
    }

    [Fact]
    public void Null_becomes_the_default()
    {
        Assert.Equal(0, ArgumentConverter.Convert<int>(null));
        Assert.Null(ArgumentConverter.Convert<int?>(null));
        Assert.Null(ArgumentConverter.Convert<string>(null));
    }

    [Fact]
    public void Converts_enums_and_guids()
    {
        Assert.Equal(Rag.OnTrack, ArgumentConverter.Convert<Rag>("OnTrack"));
        Assert.Equal(Rag.Met, ArgumentConverter.Convert<Rag>(0));
        Assert.Equal(
            Guid.Empty,
            ArgumentConverter.Convert<Guid>("00000000-0000-0000-0000-000000000000")
        );
    }

    [Fact]
    public void Converts_lists_to_lists_and_arrays()
    {
        var items = new List<object?> { 1, 2 };

        Assert.Equal([1L, 2L], ArgumentConverter.Convert<long[]>(items)!);
        Assert.Equal(
            new List<string?> { "a", null },
            ArgumentConverter.Convert<List<string?>>(new List<object?> { "a", null })
        );
        Assert.Equal([1, 2], ArgumentConverter.Convert<IReadOnlyList<int>>(items)!);
    }

    [Fact]
    public void Converts_input_objects_to_records_and_classes()
    {
        var range = ArgumentConverter.Convert<Range>(
            new Dictionary<string, object?> { ["from"] = 1 }
        );
        var filter = ArgumentConverter.Convert<Filter>(
            new Dictionary<string, object?>
            {
                ["title"] = "x",
                ["ids"] = new List<object?> { 3 },
            }
        );

        Assert.Equal(new Range(1, null), range);
        Assert.Equal("x", filter!.Title);
        Assert.Equal([3], filter.Ids!);
    }

    [Fact]
    public void Dictionaries_stay_dictionaries_when_asked_for()
    {
        var fields = new Dictionary<string, object?> { ["a"] = 1 };

        Assert.Same(
            fields,
            ArgumentConverter.Convert<IReadOnlyDictionary<string, object?>>(fields)
        );
    }

    [Fact]
    public void Refuses_impossible_conversions() =>
        Assert.Throws<InvalidCastException>(() => ArgumentConverter.Convert<Range>(new object()));
}
