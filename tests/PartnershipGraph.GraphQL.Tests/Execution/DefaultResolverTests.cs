using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Fields without resolvers read the source's property or dictionary entry, with the same completion and errors as any field.</summary>
public class DefaultResolverTests
{
    private enum Rag
    {
        Met,
        NotRated,
    }

    private sealed class Kpi
    {
        public string? Ref { get; init; }
        public object? Value { get; init; }
        public Rag Rag { get; init; }
        public Task<int> Later { get; init; } = Task.FromResult(5);
        public object Problem { get; init; } = new InvalidOperationException("Stored failure.");
    }

    private sealed class LegacyKpi
    {
#pragma warning disable CA1051 // A public field, as some sources have.
        public string? Ref;
#pragma warning restore CA1051
        public Rag Rag { get; init; }
    }

    private static Schema BuildSchema(object source) =>
        new SchemaBuilder()
            .Enum<Rag>()
            .Object("Query", t => t.Field("kpi", "Kpi", _ => source))
            .Object(
                "Kpi",
                t =>
                    t.Field("ref", "String!")
                        .Field("value", "Int")
                        .Field("rag", "Rag!")
                        .Field("later", "Int")
                        .Field("problem", "String")
                        .Field("missing", "String")
            )
            .Build();

    [Fact]
    public async Task Reads_properties_ignoring_case()
    {
        var json = await JsonAsync(
            BuildSchema(
                new Kpi
                {
                    Ref = "K1",
                    Value = 3,
                    Rag = Rag.NotRated,
                }
            ),
            "{ kpi { ref value rag missing } }"
        );

        AssertJson(
            """{"data":{"kpi":{"ref":"K1","value":3,"rag":"NOT_RATED","missing":null}}}""",
            json
        );
    }

    [Fact]
    public async Task Reads_dictionary_entries()
    {
        var json = await JsonAsync(
            BuildSchema(new Dictionary<string, object?> { ["ref"] = "K2", ["rag"] = Rag.Met }),
            "{ kpi { ref rag value } }"
        );

        AssertJson("""{"data":{"kpi":{"ref":"K2","rag":"MET","value":null}}}""", json);
    }

    [Fact]
    public async Task Reports_null_for_a_non_null_property_and_nulls_the_parent()
    {
        var json = await JsonAsync(BuildSchema(new Kpi { Rag = Rag.Met }), "{ kpi { rag ref } }");

        AssertJson(
            """{"errors":[{"message":"Cannot return null for non-nullable field Kpi.ref.","locations":[{"line":1,"column":13}],"path":["kpi","ref"]}],"data":{"kpi":null}}""",
            json
        );
    }

    [Fact]
    public async Task Reports_a_property_value_the_scalar_cannot_serialize()
    {
        var json = await JsonAsync(
            BuildSchema(new Kpi { Ref = "K", Value = "many" }),
            "{ kpi { value } }"
        );

        AssertJson(
            """{"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":9}],"path":["kpi","value"]}],"data":{"kpi":{"value":null}}}""",
            json
        );
    }

    [Fact]
    public async Task Awaits_a_task_property_and_reports_an_exception_property()
    {
        var json = await JsonAsync(BuildSchema(new Kpi { Ref = "K" }), "{ kpi { later problem } }");

        AssertJson(
            """{"errors":[{"message":"Stored failure.","locations":[{"line":1,"column":15}],"path":["kpi","problem"]}],"data":{"kpi":{"later":5,"problem":null}}}""",
            json
        );
    }

    [Fact]
    public async Task Reports_an_enum_property_value_outside_the_enum()
    {
        var result = await ExecuteAsync(
            BuildSchema(new Kpi { Ref = "K", Rag = (Rag)9 }),
            "{ kpi { rag } }"
        );

        Assert.Equal(
            "Enum \"Rag\" cannot represent value: \"9\"",
            Assert.Single(result.Errors).Message
        );
        Assert.Null(result.Data!["kpi"]);
    }

    [Fact]
    public async Task Reads_each_object_of_a_list_with_its_own_clr_type()
    {
        var sources = new object?[]
        {
            new Kpi { Ref = "A", Rag = Rag.Met },
            new Kpi { Ref = "B", Rag = Rag.NotRated },
            new Dictionary<string, object?> { ["ref"] = "C", ["rag"] = Rag.Met },
            new LegacyKpi { Ref = "D", Rag = Rag.NotRated },
            null,
            new Kpi { Ref = "E", Rag = Rag.Met },
            new LegacyKpi { Ref = "F", Rag = Rag.Met },
        };
        var schema = new SchemaBuilder()
            .Enum<Rag>()
            .Object("Query", t => t.Field("kpis", "[Kpi]", _ => sources))
            .Object("Kpi", t => t.Field("ref", "String!").Field("rag", "Rag!"))
            .Build();

        var json = await JsonAsync(schema, "{ kpis { ref rag } }");

        AssertJson(
            """{"data":{"kpis":[{"ref":"A","rag":"MET"},{"ref":"B","rag":"NOT_RATED"},{"ref":"C","rag":"MET"},{"ref":"D","rag":"NOT_RATED"},null,{"ref":"E","rag":"MET"},{"ref":"F","rag":"MET"}]}}""",
            json
        );
    }
}
