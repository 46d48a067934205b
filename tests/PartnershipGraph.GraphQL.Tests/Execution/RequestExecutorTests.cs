using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using static PartnershipGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace PartnershipGraph.GraphQL.Tests.Execution;

public class RequestExecutorTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Object(
            "Query",
            t =>
                t.Field("greet", "String", c => "Hello " + c.Argument<string>("name"))
                    .Argument("name", "String!")
        )
        .Build();

    private int _validations;

    private IReadOnlyList<GraphQLError> CountingValidator(DocumentNode document)
    {
        Interlocked.Increment(ref _validations);
        return [];
    }

    [Fact]
    public async Task Parses_validates_and_executes_a_query()
    {
        var executor = new RequestExecutor(Schema, validate: CountingValidator);

        var result = await executor.ExecuteAsync(
            "query ($n: String!) { greet(name: $n) }",
            new Dictionary<string, object?> { ["n"] = "board" }
        );

        AssertJson("""{"data":{"greet":"Hello board"}}""", ExecutionResultWriter.ToJson(result));
        Assert.Equal(1, _validations);
    }

    [Fact]
    public async Task Does_not_parse_or_validate_a_repeated_query_again()
    {
        var executor = new RequestExecutor(Schema, validate: CountingValidator);

        await executor.ExecuteAsync("""{ greet(name: "a") }""");
        var second = await executor.ExecuteAsync("""{ greet(name: "a") }""");

        Assert.Equal("Hello a", second.Data!["greet"]);
        Assert.Equal(1, _validations);
        Assert.Equal(1, executor.Cache.Hits);
        Assert.Equal(1, executor.Cache.Misses);
    }

    [Fact]
    public async Task Reports_a_syntax_error_without_data()
    {
        var executor = new RequestExecutor(Schema);

        var result = await executor.ExecuteAsync("{ greet(");

        AssertJson(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}]}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Reports_validation_errors_without_executing()
    {
        var executed = false;
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "String", _ => executed = true))
            .Build();
        var executor = new RequestExecutor(
            schema,
            validate: _ =>
                [
                    new GraphQLError(
                        "Cannot query field \"b\" on type \"Query\".",
                        [new SourceLocation(1, 3)]
                    ),
                ]
        );

        var result = await executor.ExecuteAsync("{ b }");

        Assert.False(executed);
        Assert.False(result.HasData);
        AssertJson(
            """{"errors":[{"message":"Cannot query field \"b\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Reports_a_missing_query()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest());

        Assert.Equal("Must provide query string.", Assert.Single(result.Errors).Message);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Validates_a_given_document_without_caching_it()
    {
        var executor = new RequestExecutor(Schema, validate: CountingValidator);

        var result = await executor.ExecuteAsync(
            new ExecutionRequest { Document = Parser.Parse("""{ greet(name: "doc") }""") }
        );

        Assert.Equal("Hello doc", result.Data!["greet"]);
        Assert.Equal(1, _validations);
        Assert.Equal(0, executor.Cache.Count);
    }

    [Fact]
    public async Task Executes_the_named_operation_with_json_variables()
    {
        using var variables = System.Text.Json.JsonDocument.Parse("""{"n": "json"}""");
        var executor = new RequestExecutor(Schema);

        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query =
                    """query A { a: greet(name: "a") } query B($n: String!) { b: greet(name: $n) }""",
                OperationName = "B",
                Variables = variables.RootElement,
            }
        );

        AssertJson("""{"data":{"b":"Hello json"}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Reports_variable_errors_without_data()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(
            "query ($n: String!) { greet(name: $n) }",
            new Dictionary<string, object?> { ["n"] = 3 }
        );

        AssertJson(
            """{"errors":[{"message":"Variable \"$n\" got invalid value 3; String cannot represent a non string value: 3","locations":[{"line":1,"column":8}]}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Sizes_its_cache_from_the_options()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { DocumentCacheSize = 5 });

        Assert.Equal(5, executor.Cache.Capacity);
    }

    [Fact]
    public async Task Validates_with_the_specified_rules_by_default()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync("{ greet(name: \"x\") nope }");

        Assert.False(result.HasData);
        AssertJson(
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":20}]}]}""",
            ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public async Task Caches_validation_errors_of_a_repeated_invalid_query()
    {
        var executor = new RequestExecutor(Schema);

        await executor.ExecuteAsync("{ greet }");
        var second = await executor.ExecuteAsync("{ greet }");

        Assert.Equal(
            "Field \"greet\" argument \"name\" of type \"String!\" is required, but it was not provided.",
            Assert.Single(second.Errors).Message
        );
        Assert.Equal(1, executor.Cache.Hits);
    }

    [Fact]
    public async Task Runs_extra_rules_after_the_specified_rules()
    {
        var executor = new RequestExecutor(
            Schema,
            rules: [new PartnershipGraph.GraphQL.Validation.Limits.MaxFieldsRule(1)]
        );

        var result = await executor.ExecuteAsync("{ a: greet(name: \"x\") b: greet }");

        Assert.Equal(
            [
                "Field \"greet\" argument \"name\" of type \"String!\" is required, but it was not provided.",
                "The query selects 2 fields, more than the maximum of 1 fields.",
            ],
            result.Errors.Select(e => e.Message)
        );
    }

    [Fact]
    public void Refuses_extra_rules_with_a_validate_function() =>
        Assert.Throws<ArgumentException>(() =>
            new RequestExecutor(Schema, validate: _ => [], rules: [])
        );
}
