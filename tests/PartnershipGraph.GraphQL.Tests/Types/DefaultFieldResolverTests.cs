using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class DefaultFieldResolverTests
{
    private sealed record Plan(string Title, int AreaCount)
    {
        public string? Note;

        public string this[int index] =>
            index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Reads_properties_ignoring_case()
    {
        var plan = new Plan("Improve", 4);

        Assert.Equal("Improve", DefaultFieldResolver.Resolve(plan, "title"));
        Assert.Equal(4, DefaultFieldResolver.Resolve(plan, "areaCount"));
    }

    [Fact]
    public void Reads_public_fields() =>
        Assert.Equal("n", DefaultFieldResolver.Resolve(new Plan("t", 1) { Note = "n" }, "note"));

    [Fact]
    public void Returns_null_for_unknown_members_and_null_sources()
    {
        Assert.Null(DefaultFieldResolver.Resolve(new Plan("t", 1), "missing"));
        Assert.Null(DefaultFieldResolver.Resolve(null, "title"));
    }

    [Fact]
    public void Reads_dictionary_entries_exactly()
    {
        var source = new Dictionary<string, object?> { ["title"] = "A", ["Title"] = "B" };

        Assert.Equal("A", DefaultFieldResolver.Resolve(source, "title"));
        Assert.Equal("B", DefaultFieldResolver.Resolve(source, "Title"));
        Assert.Null(DefaultFieldResolver.Resolve(source, "TITLE"));
        Assert.Equal(
            1,
            DefaultFieldResolver.Resolve(new System.Collections.Hashtable { ["x"] = 1 }, "x")
        );
        Assert.Equal(
            2,
            DefaultFieldResolver.Resolve(
                new Dictionary<string, object?> { ["y"] = 2 }.AsReadOnly(),
                "y"
            )
        );
    }

    [Fact]
    public void Prefers_the_exact_case_when_two_properties_differ_only_in_case()
    {
        var source = new TwoCases();

        Assert.Equal("lower", DefaultFieldResolver.Resolve(source, "value"));
        Assert.Equal("upper", DefaultFieldResolver.Resolve(source, "Value"));
    }

    [Fact]
    public async Task Works_as_a_field_resolver()
    {
        var schema = new PartnershipGraph.GraphQL.Builder.SchemaBuilder()
            .Object("Query", t => t.Field("title", "String"))
            .Build();
        var field = schema.QueryType.GetField("title")!;

        var value = await DefaultFieldResolver.Instance(
            new TestResolverContext(schema, new Plan("Plan A", 1), field, schema.QueryType, [])
        );

        Assert.Equal("Plan A", value);
    }

#pragma warning disable IDE1006, CA1822 // Two properties differing only in case are the point of the test.
    private sealed class TwoCases
    {
        public string value => "lower";

        public string Value => "upper";
    }
#pragma warning restore IDE1006, CA1822
}
