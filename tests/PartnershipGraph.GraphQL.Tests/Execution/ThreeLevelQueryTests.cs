using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>A plan → areas → actions query over in-memory objects, checked against graphql-js over the same data.</summary>
public class ThreeLevelQueryTests
{
    private enum Rag
    {
        Met,
        OnTrack,
        PartiallyMet,
        NotOnTrack,
    }

    private sealed record Action(string Ref, string Description, Rag Rag, int? Progress);

    private sealed record Area(int Number, string Title, IReadOnlyList<Action> Actions);

    private sealed record Plan(string Id, string Title, IReadOnlyList<Area> Areas);

    private const string Sdl = """
        type Query { plans(first: Int = 10): [Plan!]! }
        type Plan { id: ID! title: String! areas: [Area!]! }
        type Area { number: Int! title: String actions: [Action!]! }
        type Action { ref: String! description: String rag: Rag! progress: Int }
        enum Rag { MET ON_TRACK PARTIALLY_MET NOT_ON_TRACK }
        """;

    private const string Query = """
        query Board($first: Int) {
          plans(first: $first) {
            id title
            areas { number title actions { ref description rag progress } }
          }
        }
        """;

    private static readonly IReadOnlyList<Plan> Plans =
    [
        .. Enumerable
            .Range(1, 5)
            .Select(p => new Plan(
                $"plan-{p}",
                $"Plan {p}",
                [
                    .. Enumerable
                        .Range(1, 5)
                        .Select(a => new Area(
                            a,
                            $"Area {p}.{a}",
                            [
                                .. Enumerable
                                    .Range(1, 2)
                                    .Select(x => new Action(
                                        $"{a}.{x}",
                                        $"Action {x} of area {a}",
                                        (Rag)((p + a + x) % 4),
                                        (p * a * x) % 3 == 0 ? null : p * a * x
                                    )),
                            ]
                        )),
                ]
            )),
    ];

    private static Schema BuildSchema() =>
        new SchemaBuilder()
            .Enum<Rag>()
            .Object(
                "Query",
                t =>
                    t.Field("plans", "[Plan!]!", c => Plans.Take(c.Argument<int>("first")))
                        .Argument("first", "Int", a => a.DefaultValue(10))
            )
            .Object(
                "Plan",
                t => t.Field("id", "ID!").Field("title", "String!").Field("areas", "[Area!]!")
            )
            .Object(
                "Area",
                t =>
                    t.Field("number", "Int!")
                        .Field("title", "String")
                        .Field("actions", "[Action!]!")
            )
            .Object(
                "Action",
                t =>
                    t.Field("ref", "String!")
                        .Field("description", "String")
                        .Field("rag", "Rag!")
                        .Field("progress", "Int")
            )
            .Build();

    private static string RootJson(int first) =>
        JsonSerializer.Serialize(
            new
            {
                plans = Plans
                    .Take(first)
                    .Select(p => new
                    {
                        id = p.Id,
                        title = p.Title,
                        areas = p.Areas.Select(a => new
                        {
                            number = a.Number,
                            title = a.Title,
                            actions = a.Actions.Select(x => new
                            {
                                @ref = x.Ref,
                                description = x.Description,
                                rag = x.Rag switch
                                {
                                    Rag.Met => "MET",
                                    Rag.OnTrack => "ON_TRACK",
                                    Rag.PartiallyMet => "PARTIALLY_MET",
                                    _ => "NOT_ON_TRACK",
                                },
                                progress = x.Progress,
                            }),
                        }),
                    }),
            }
        );

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        RootJson(10),
        new ExecutionCase("all", Query),
        new ExecutionCase("two", Query, """{"first": 2}""", RootJson(2))
    );

    [Fact]
    public async Task Returns_fifty_actions_in_three_levels_as_graphql_js_does()
    {
        var json = await JsonAsync(BuildSchema(), Query);

        AssertJson(Oracle.Expected("all"), json);
        using var document = JsonDocument.Parse(json);
        var actions = document
            .RootElement.GetProperty("data")
            .GetProperty("plans")
            .EnumerateArray()
            .SelectMany(p => p.GetProperty("areas").EnumerateArray())
            .SelectMany(a => a.GetProperty("actions").EnumerateArray());
        Assert.Equal(50, actions.Count());
    }

    [Fact]
    public async Task Honours_the_argument_variable_at_the_root()
    {
        var json = await JsonAsync(
            BuildSchema(),
            Query,
            new Dictionary<string, object?> { ["first"] = 2 }
        );

        AssertJson(Oracle.Expected("two"), json);
    }

    [Fact]
    public async Task Gives_the_same_result_on_repeated_and_concurrent_execution()
    {
        var schema = BuildSchema();
        var expected = await JsonAsync(schema, Query);

        var results = await Task.WhenAll(
            Enumerable.Range(0, 16).Select(_ => Task.Run(() => JsonAsync(schema, Query)))
        );

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
