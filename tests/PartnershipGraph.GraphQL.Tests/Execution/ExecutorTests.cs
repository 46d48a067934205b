using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private sealed record Plan(string Title, IReadOnlyList<Area> Areas);

    private sealed record Area(int Number, string Title);

    [Fact]
    public async Task Gives_resolvers_the_source_arguments_and_path()
    {
        IResolverContext? seen = null;
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("plan", "Plan", _ => new Plan("SEND", [])))
            .Object(
                "Plan",
                t =>
                    t.Field(
                            "title",
                            "String",
                            c =>
                            {
                                seen = c;
                                return ((Plan)c.Source!).Title + c.Argument<string>("suffix");
                            }
                        )
                        .Argument("suffix", "String", a => a.DefaultValue("!"))
            )
            .Build();

        var json = await JsonAsync(
            schema,
            "query Q($v: String) { plan { t: title } }",
            root: "root"
        );

        AssertJson("""{"data":{"plan":{"t":"SEND!"}}}""", json);
        Assert.NotNull(seen);
        Assert.Equal("plan.t", seen.Path.ToString());
        Assert.Equal("Plan", seen.ParentType.Name);
        Assert.Equal("title", seen.Field.Name);
        Assert.Equal("t", Assert.Single(seen.FieldNodes).ResponseKey);
        Assert.Equal("Q", seen.Operation.Name!.Value);
        Assert.Equal("root", seen.RootValue);
        Assert.Same(schema, seen.Schema);
        Assert.Equal("!", seen.Arguments["suffix"]);
    }

    [Fact]
    public async Task Reads_properties_of_clr_objects_with_the_default_resolver()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("plan", "Plan", _ => new Plan("SEND", [new Area(1, "Identification")]))
            )
            .Object("Plan", t => t.Field("title", "String").Field("areas", "[Area!]!"))
            .Object("Area", t => t.Field("number", "Int!").Field("title", "String"))
            .Build();

        var json = await JsonAsync(schema, "{ plan { title areas { number title } } }");

        AssertJson(
            """{"data":{"plan":{"title":"SEND","areas":[{"number":1,"title":"Identification"}]}}}""",
            json
        );
    }

    [Fact]
    public async Task Starts_sibling_async_resolvers_before_awaiting_any()
    {
        var first = new TaskCompletionSource<object?>(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        var secondStarted = false;
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("a", "String")
                        .Resolve(_ => new ValueTask<object?>(first.Task))
                        .Field("b", "String")
                        .Resolve(_ =>
                        {
                            secondStarted = true;
                            first.SetResult("a");
                            return new ValueTask<object?>("b");
                        })
            )
            .Build();

        var json = await JsonAsync(schema, "{ a b }");

        Assert.True(secondStarted);
        AssertJson("""{"data":{"a":"a","b":"b"}}""", json);
    }

    [Fact]
    public async Task Completes_async_resolvers_that_finish_in_any_order()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("slow", "String")
                        .ResolveAsync(async _ =>
                        {
                            await Task.Delay(30);
                            return "slow";
                        })
                        .Field("fast", "String")
                        .ResolveAsync(async _ =>
                        {
                            await Task.Yield();
                            return "fast";
                        })
            )
            .Build();

        AssertJson(
            """{"data":{"slow":"slow","fast":"fast"}}""",
            await JsonAsync(schema, "{ slow fast }")
        );
    }

    [Fact]
    public async Task Completes_lists_of_any_enumerable()
    {
        static IEnumerable<int> Numbers()
        {
            yield return 1;
            yield return 2;
        }
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("yielded", "[Int]", _ => Numbers())
                        .Field("array", "[Int!]!", _ => new[] { 3, 4 })
                        .Field("set", "[String]", _ => new SortedSet<string> { "b", "a" })
                        .Field("tasks", "[Int]", _ => new object[] { Task.FromResult(5), 6 })
            )
            .Build();

        AssertJson(
            """{"data":{"yielded":[1,2],"array":[3,4],"set":["a","b"],"tasks":[5,6]}}""",
            await JsonAsync(schema, "{ yielded array set tasks }")
        );
    }

    [Fact]
    public async Task Reports_a_resolver_exception_with_its_message_location_and_path()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("boom", "String", _ => throw new InvalidOperationException("No plan."))
            )
            .Build();

        var result = await ExecuteAsync(schema, "{\n  boom\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("No plan.", error.Message);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
        Assert.Equal(["boom"], error.Path!);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task Treats_a_returned_exception_as_a_field_error()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("oops", "String", _ => new InvalidOperationException("Returned."))
            )
            .Build();

        AssertJson(
            """{"errors":[{"message":"Returned.","locations":[{"line":1,"column":3}],"path":["oops"]}],"data":{"oops":null}}""",
            await JsonAsync(schema, "{ oops }")
        );
    }

    [Fact]
    public async Task Keeps_the_extensions_of_a_thrown_graphql_error()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field(
                        "secret",
                        "String",
                        _ =>
                            throw new GraphQLError(
                                "Not allowed.",
                                extensions: new Dictionary<string, object?>
                                {
                                    ["code"] = "FORBIDDEN",
                                }
                            )
                    )
            )
            .Build();

        AssertJson(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":null}}""",
            await JsonAsync(schema, "{ secret }")
        );
    }

    [Fact]
    public async Task Masks_unexpected_exceptions_when_asked_to()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field(
                            "bug",
                            "String",
                            _ => throw new NullReferenceException("internal detail")
                        )
                        .Field("expected", "String", _ => throw new GraphQLError("Shown."))
            )
            .Build();

        var result = await ExecuteAsync(
            schema,
            "{ bug expected }",
            options: new ExecutionOptions { MaskUnexpectedErrors = true }
        );

        Assert.Equal(
            ["Unexpected Execution Error", "Shown."],
            result.Errors.Select(e => e.Message)
        );
        Assert.IsType<NullReferenceException>(result.Errors[0].InnerException);
        Assert.Equal(["bug"], result.Errors[0].Path!);
    }

    [Fact]
    public async Task Applies_the_error_filter_to_every_error()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("bug", "String", _ => throw new InvalidOperationException("x"))
            )
            .Build();
        var options = new ExecutionOptions
        {
            ErrorFilter = e => new GraphQLError(
                e.Message,
                e.Locations,
                e.Path,
                new Dictionary<string, object?> { ["code"] = e.InnerException?.GetType().Name }
            ),
        };

        var result = await ExecuteAsync(schema, "{ bug }", options: options);

        Assert.Equal("InvalidOperationException", Assert.Single(result.Errors).Extensions!["code"]);
    }

    [Fact]
    public async Task Reports_a_value_rejected_by_is_type_of()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("plan", "Plan", _ => new Area(1, "x")))
            .Object("Plan", t => t.IsTypeOf<Plan>().Field("title", "String"))
            .Build();

        var result = await ExecuteAsync(schema, "{ plan { title } }");

        Assert.Equal(
            "Expected value of type \"Plan\" but got: { Number: 1, Title: \"x\" }.",
            Assert.Single(result.Errors).Message
        );
    }

    [Fact]
    public async Task Resolves_an_interface_with_its_type_resolver()
    {
        var schema = new SchemaBuilder()
            .Interface(
                "Node",
                t =>
                {
                    t.ResolveType((value, _, _) => value is Plan ? "Plan" : "Area");
                    t.Field("id", "ID!");
                }
            )
            .Object(
                "Plan",
                t => t.Implements("Node").Field("id", "ID!", c => "p").Field("title", "String")
            )
            .Object(
                "Area",
                t => t.Implements("Node").Field("id", "ID!", c => "a").Field("number", "Int")
            )
            .Object(
                "Query",
                t =>
                    t.Field(
                        "nodes",
                        "[Node]",
                        _ => new object[] { new Plan("P", []), new Area(2, "A") }
                    )
            )
            .Build();

        AssertJson(
            """{"data":{"nodes":[{"id":"p","title":"P"},{"id":"a","number":2}]}}""",
            await JsonAsync(schema, "{ nodes { id ... on Plan { title } ... on Area { number } } }")
        );
    }

    [Fact]
    public async Task Resolves_a_union_by_the_members_clr_types()
    {
        var schema = new SchemaBuilder()
            .Union("Result", "Plan", "Area")
            .Object("Plan", t => t.IsTypeOf<Plan>().Field("title", "String"))
            .Object("Area", t => t.IsTypeOf<Area>().Field("number", "Int"))
            .Object(
                "Query",
                t =>
                    t.Field(
                        "search",
                        "[Result]",
                        _ => new object[] { new Area(3, "A"), new Plan("P", []) }
                    )
            )
            .Build();

        AssertJson(
            """{"data":{"search":[{"__typename":"Area","number":3},{"__typename":"Plan","title":"P"}]}}""",
            await JsonAsync(
                schema,
                "{ search { __typename ... on Plan { title } ... on Area { number } } }"
            )
        );
    }

    [Fact]
    public async Task Passes_services_and_context_items_to_resolvers()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field(
                        "who",
                        "String",
                        c => c.ContextItems["user"] + "@" + c.Services.GetService(typeof(string))
                    )
            )
            .Build();

        var result = await ExecuteAsync(
            schema,
            "{ who }",
            configure: r => new ExecutionRequest
            {
                Document = r.Document,
                Services = new StringServices("area"),
                ContextItems = new Dictionary<string, object?> { ["user"] = "lead" },
            }
        );

        Assert.Equal("lead@area", result.Data!["who"]);
    }

    [Fact]
    public async Task Gives_resolvers_a_shared_context_dictionary_by_default()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("first", "Int", c => c.ContextItems["n"] = 1)
                        .Field("second", "Int", c => (int)c.ContextItems["n"]! + 1)
            )
            .Build();

        AssertJson(
            """{"data":{"first":1,"second":2}}""",
            await JsonAsync(schema, "{ first second }")
        );
    }

    [Fact]
    public async Task Converts_arguments_to_clr_types()
    {
        var schema = new SchemaBuilder()
            .InputObject("AreaInput", i => i.Field("number", "Int!").Field("title", "String"))
            .Object(
                "Query",
                t =>
                    t.Field("echo", "String", c => c.Argument<Area>("area")!.ToString())
                        .Argument("area", "AreaInput!")
            )
            .Build();

        AssertJson(
            """{"data":{"echo":"Area { Number = 4, Title = Send }"}}""",
            await JsonAsync(
                schema,
                "query ($a: AreaInput!) { echo(area: $a) }",
                new Dictionary<string, object?>
                {
                    ["a"] = new Dictionary<string, object?> { ["number"] = 4, ["title"] = "Send" },
                }
            )
        );
    }

    [Fact]
    public async Task Serializes_enum_values_from_their_clr_values()
    {
        var schema = new SchemaBuilder()
            .Enum<DayOfWeek>("Day")
            .Object(
                "Query",
                t =>
                    t.Field("day", "Day", c => c.Argument<DayOfWeek>("next"))
                        .Argument("next", "Day!")
            )
            .Build();

        AssertJson(
            """{"data":{"day":"FRIDAY"}}""",
            await JsonAsync(schema, "{ day(next: FRIDAY) }")
        );
    }

    [Fact]
    public async Task Executes_the_subscription_root_like_a_query()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "String", _ => "a"))
            .Object("Subscription", t => t.Field("changed", "String", _ => "event"))
            .Build();

        AssertJson(
            """{"data":{"changed":"event"}}""",
            await JsonAsync(schema, "subscription { changed }")
        );
    }

    [Fact]
    public async Task Requires_a_parsed_document()
    {
        var schema = new SchemaBuilder().Object("Query", t => t.Field("a", "String")).Build();

        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await new Executor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ a }" })
        );
    }

    [Fact]
    public async Task Reads_variables_from_json()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t => t.Field("twice", "Int", c => c.Argument<int>("n") * 2).Argument("n", "Int!")
            )
            .Build();
        using var variables = System.Text.Json.JsonDocument.Parse("""{"n": 21}""");

        var result = await new Executor(schema).ExecuteAsync(
            new ExecutionRequest
            {
                Document = Parser.Parse("query ($n: Int!) { twice(n: $n) }"),
                Variables = variables.RootElement,
            }
        );

        Assert.Equal(42, result.Data!["twice"]);
    }

    [Fact]
    public async Task Runs_a_synchronous_query_to_completion_without_awaiting()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "String", _ => "a"))
            .Build();

        var pending = new Executor(schema).ExecuteAsync(
            new ExecutionRequest { Document = Parser.Parse("{ a }") }
        );

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal("a", (await pending).Data!["a"]);
    }

    private sealed class StringServices(string value) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? value : null;
    }
}
