using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Variable values given as CLR values or JSON, and the limits of variable coercion.</summary>
public class VariablesTests
{
    private enum Rag
    {
        Met,
        NotOnTrack,
    }

    private sealed record AreaFilter(IReadOnlyList<int> Numbers, Rag? Rag, string Title = "any");

    private static readonly Schema Schema = new SchemaBuilder()
        .Enum<Rag>()
        .InputObject(
            "AreaFilter",
            i =>
                i.Field("numbers", "[Int!]!")
                    .Field("rag", "Rag")
                    .Field("title", "String", f => f.DefaultValue("all"))
        )
        .Object(
            "Query",
            t =>
            {
                t.Field("filter", "String", c => c.Argument<AreaFilter>("where")!.ToString())
                    .Argument("where", "AreaFilter!");
                t.Field("rag", "String", c => c.Argument<Rag>("rag").ToString())
                    .Argument("rag", "Rag!");
                t.Field("sum", "Int", c => c.Argument<int[]>("values")!.Sum())
                    .Argument("values", "[Int!]!");
            }
        )
        .Build();

    [Fact]
    public async Task Coerces_clr_list_and_enum_variables()
    {
        var json = await JsonAsync(
            Schema,
            "query ($v: [Int!]!, $r: Rag!) { sum(values: $v) rag(rag: $r) }",
            new Dictionary<string, object?> { ["v"] = new[] { 1, 2, 3 }, ["r"] = "NOT_ON_TRACK" }
        );

        AssertJson("""{"data":{"sum":6,"rag":"NotOnTrack"}}""", json);
    }

    [Fact]
    public async Task Converts_an_input_object_variable_to_a_record_with_defaults()
    {
        var json = await JsonAsync(
            Schema,
            "query ($w: AreaFilter!) { filter(where: $w) }",
            new Dictionary<string, object?>
            {
                ["w"] = new Dictionary<string, object?>
                {
                    ["numbers"] = new List<object?> { 4 },
                    ["rag"] = "MET",
                },
            }
        );

        Assert.Contains("Rag = Met, Title = all", json);
    }

    [Fact]
    public async Task Stops_after_the_maximum_number_of_variable_errors()
    {
        var result = await ExecuteAsync(
            Schema,
            "query ($a: Rag!, $b: Rag!, $c: Rag!) { rag(rag: $a) }",
            new Dictionary<string, object?>
            {
                ["a"] = 1,
                ["b"] = 2,
                ["c"] = 3,
            },
            options: new ExecutionOptions { MaxVariableErrors = 2 }
        );

        Assert.False(result.HasData);
        Assert.Equal(
            [
                "Variable \"$a\" got invalid value 1; Enum \"Rag\" cannot represent non-string value: 1.",
                "Variable \"$b\" got invalid value 2; Enum \"Rag\" cannot represent non-string value: 2.",
                "Too many errors processing variables, error limit reached. Execution aborted.",
            ],
            result.Errors.Select(e => e.Message)
        );
    }

    [Fact]
    public async Task Reports_json_variables_that_are_not_an_object()
    {
        using var variables = JsonDocument.Parse("[1]");

        var result = await new Executor(Schema).ExecuteAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse("{ __typename }"),
                Variables = variables.RootElement,
            }
        );

        Assert.False(result.HasData);
        Assert.StartsWith(
            "Variables must be provided as an Object",
            Assert.Single(result.Errors).Message
        );
    }

    [Fact]
    public async Task Accepts_null_json_variables()
    {
        using var variables = JsonDocument.Parse("null");

        var result = await new Executor(Schema).ExecuteAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse("{ __typename }"),
                Variables = variables.RootElement,
            }
        );

        Assert.Equal("Query", result.Data!["__typename"]);
    }

    [Fact]
    public async Task Prefers_clr_variable_values_over_json()
    {
        using var variables = JsonDocument.Parse("""{"r": "MET"}""");

        var result = await new Executor(Schema).ExecuteAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse("query ($r: Rag!) { rag(rag: $r) }"),
                Variables = variables.RootElement,
                VariableValues = new Dictionary<string, object?> { ["r"] = "NOT_ON_TRACK" },
            }
        );

        Assert.Equal("NotOnTrack", result.Data!["rag"]);
    }
}
